package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The retention registers as their users use them (R-C4, R-C5, R-B2, R-O3): after-sales registers a quality cost, the
 * Engineering Department confirms it and the balance drops; the registers download as workbooks whose figures are the
 * ledger's, on the page and through the API.
 */
class RetentionBrowserIT extends InBrowser {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static long number(String sql) {
        try (java.sql.Connection db = TestDatabase.connect();
                java.sql.ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void logout() {
        browser.driver.findElement(By.id("topbar:logout")).click();
        browser.waitForUrl("login.xhtml");
    }

    /** A fresh retention of 50,000.00 held from a firm on a demo project, made through the API. */
    private long freshRetention(Api erp) {
        return freshRetention(erp, 0);
    }

    private long freshRetention(Api erp, int firmIndex) {
        long projectId = projectId("WTP-2026-006");
        JsonObject firm = erp.get("projects/" + projectId + "/subcontractors?size=10")
                .json()
                .getJsonArray("items")
                .getJsonObject(firmIndex);
        Api.Reply held = erp.post(
                "subcontractor-retentions",
                "{\"projectId\":" + projectId + ",\"subcontractorId\":"
                        + firm.getJsonNumber("subcontractorId").longValue() + ",\"heldAmount\":\"50000.00\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return held.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName(
            "R-C4 after-sales registers a quality cost (its registrant shown by name, issue 18 item 4), Engineering confirms it,"
                    + " the balance drops; the register downloads with its totals")
    void qualityCostDeductedAndRegisterDownloaded() throws IOException {
        Api erp = erp();
        long retentionId = freshRetention(erp);

        browser.login("specialist", "specialist");
        browser.open("/retention/subcontractor.xhtml?id=" + retentionId);
        browser.waitForText(By.id("form:balance"), "¥50,000.00");
        browser.type(By.id("form:costAmount_input"), "12345.60");
        browser.type(By.id("form:cause"), "鼓风机轴承质量问题，我司代为更换");
        browser.screenshot("r-quality-cost-register-zh");
        browser.click(By.id("form:save-cost"));
        browser.waitForText(By.id("form:quality-costs"), "待工程部确认");
        assertThat(browser.driver.findElement(By.id("form:quality-costs")).getText())
                .as("registered in the specialist's own name, shown by name (issue 18 item 4)")
                .contains("登记： 王售后（售后服务专责）");
        assertThat(browser.driver.findElement(By.id("form:balance")).getText()).isEqualTo("¥50,000.00");
        assertThat(browser.driver.findElements(By.cssSelector("button[id$=':confirm-cost']")))
                .isEmpty();
        logout();

        browser.login("engineering", "engineering");
        browser.open("/retention/subcontractor.xhtml?id=" + retentionId);
        browser.click(By.cssSelector("button[id$=':confirm-cost']"));
        browser.click(By.id("confirm-yes"));
        browser.waitForText(By.id("form:balance"), "¥37,654.40");
        assertThat(browser.driver.findElement(By.id("form:quality-costs")).getText())
                .contains("已确认并扣除");
        assertThat(browser.driver.findElement(By.id("form:ledger")).getText()).contains("鼓风机轴承质量问题");
        browser.screenshot("r-quality-cost-confirmed-zh");

        JsonObject ledger = erp.get("subcontractor-retentions/" + retentionId).json();
        assertThat(ledger.getString("balance")).isEqualTo("37654.40");
        assertThat(ledger.getString("deducted")).isEqualTo("12345.60");
        Api.Reply byErp = erp.post(
                "subcontractor-retentions/" + retentionId + "/quality-costs",
                "{\"amount\":\"100.00\",\"cause\":\"ERP 传来的密封件费用\"}");
        assertThat(byErp.status()).as(byErp.toString()).isEqualTo(201);
        browser.open("/retention/subcontractor.xhtml?id=" + retentionId);
        browser.waitForText(By.id("form:quality-costs"), "ERP 代售后服务部登记： ERP 接口");

        browser.open("/retention/subcontractors.xhtml");
        browser.waitFor(By.id("form:register"));
        browser.screenshot("r-subcontractor-register-zh");
        browser.click(By.id("form:excel"));
        Path workbook = browser.downloaded("subcontractor-retention.xlsx");
        try (InputStream in = Files.newInputStream(workbook);
                Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("分包商质保金");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("扣除");
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            Cell deductedTotal = totals.getCell(6);
            assertThat(deductedTotal.getCellType()).isEqualTo(CellType.FORMULA);
            double sum = 0;
            boolean found = false;
            for (int r = 2; r < sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell deducted = row.getCell(6);
                if (deducted != null && deducted.getCellType() == CellType.NUMERIC) {
                    sum += deducted.getNumericCellValue();
                }
                // an empty value is no cell at all in the streamed register
                Cell cause = row.getCell(8);
                found |= cause != null
                        && "鼓风机轴承质量问题，我司代为更换".equals(cause.getStringCellValue())
                        && deducted != null
                        && deducted.getNumericCellValue() == 12345.60;
            }
            assertThat(found)
                    .as("the confirmed deduction is a row of the register")
                    .isTrue();
            // the value stored with the formula, as a spreadsheet that never recalculates shows it (issue 18)
            assertThat(deductedTotal.getNumericCellValue()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(book.getCreationHelper()
                            .createFormulaEvaluator()
                            .evaluate(deductedTotal)
                            .getNumberValue())
                    .isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    @DisplayName(
            "R-C4 issue 18 item 6: a release date before the retention's entry is refused; for a project still in trial"
                    + " run a release date needs the reason for releasing early, which the ledger page shows")
    void releaseDatePlausible() {
        Api erp = erp();
        long projectId = projectId("WTP-2026-006"); // provisional handover ten days ago: in trial run
        long firm = erp.post(
                        "subcontractors",
                        "{\"name\":\"保函风机厂-" + System.nanoTime() + "\",\"kind\":\"EQUIPMENT_SUPPLIER\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        String hold = "{\"projectId\":" + projectId + ",\"subcontractorId\":" + firm + ",\"heldAmount\":\"30000.00\"";
        String reason = "分包商已提交银行保函替代质保金";

        Api.Reply beforeEntry = erp.post(
                "subcontractor-retentions",
                hold + ",\"releaseDate\":\"2020-01-01\",\"earlyReleaseReason\":\"" + reason + "\"}");
        assertThat(beforeEntry.status()).as(beforeEntry.toString()).isEqualTo(422);
        assertThat(beforeEntry.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("releaseDate");
        String nextYear = java.time.LocalDate.now().plusYears(1).toString();
        Api.Reply withoutReason = erp.post("subcontractor-retentions", hold + ",\"releaseDate\":\"" + nextYear + "\"}");
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(422);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("earlyReleaseReason");
        assertThat(number("select count(*) from subcontractor_retention where subcontractor_id = " + firm))
                .as("nothing stored by the refusals")
                .isZero();

        Api.Reply held = erp.post(
                "subcontractor-retentions",
                hold + ",\"releaseDate\":\"" + nextYear + "\",\"earlyReleaseReason\":\"" + reason + "\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.json().getString("earlyReleaseReason")).isEqualTo(reason);

        browser.login("specialist", "specialist");
        browser.open("/retention/subcontractor.xhtml?id=" + held.json().getJsonNumber("id"));
        browser.waitForText(By.id("form:early-release"), "提前退还：" + reason);
        browser.screenshot("r-early-release-reason-zh");
        logout();
    }

    @Test
    @DisplayName(
            "R-O1 switching the language on a page with ?id= stays on that record (it answered 404), both ways, also"
                    + " after an act on the page")
    void languageSwitchKeepsTheRecord() {
        // Any ledger will do, and only read: the demo's first (the fresh ones are per firm, and taken by the tests
        // above).
        long retentionId = Api.as(base, "erp", "erp")
                .get("subcontractor-retentions?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String page = "retention/subcontractor.xhtml?id=" + retentionId;
        browser.login("specialist", "specialist");
        browser.open("/" + page);
        String balance = browser.waitFor(By.id("form:balance")).getText();
        assertThat(balance).startsWith("¥");
        try {
            browser.driver.findElement(By.id("topbar:lang-en")).click();
            browser.waitForText(By.className("page-title"), "Retention ledger");
            assertThat(browser.driver.getCurrentUrl()).endsWith(page);
            assertThat(browser.text(By.id("form:balance"))).isEqualTo(balance);
            assertThat(browser.driver.findElements(By.id("error-title"))).isEmpty();

            // After an ajax act on the page (a refused one: nothing changes), the switch still keeps the record.
            browser.click(By.id("form:save-cost"));
            browser.driver.findElement(By.id("topbar:lang-zh")).click();
            browser.waitForText(By.className("page-title"), "质保金明细账");
            assertThat(browser.driver.getCurrentUrl()).endsWith(page);
            assertThat(browser.text(By.id("form:balance"))).isEqualTo(balance);
            browser.screenshot("r-language-switch-kept-record-zh");
        } finally {
            // The language is the user's stored choice: Chinese again for the other tests.
            browser.open("/index.xhtml");
            if (!browser.driver.findElements(By.id("topbar:lang-zh")).isEmpty()) {
                browser.driver.findElement(By.id("topbar:lang-zh")).click();
                browser.waitFor(By.id("topbar:lang-en"));
            }
        }
    }

    @Test
    @DisplayName(
            "R-C5 the project retention register downloads through the API in the caller's language; a role without access gets 403")
    void projectRegisterThroughTheApi() throws IOException {
        HttpResponse<byte[]> chinese = as("finance").download("reports/project-retention.xlsx", XLSX);
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(chinese.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("project-retention.xlsx"));
        JsonObject list = as("finance").get("project-retentions?size=100").json();
        try (Workbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(chinese.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("工程质保金");
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(list.getInt("total"));
            double outstanding = list.getJsonArray("items").stream()
                    .mapToDouble(i -> Double.parseDouble(i.asJsonObject().getString("outstanding")))
                    .sum();
            Cell total = sheet.getRow(sheet.getLastRowNum()).getCell(9);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            // the value stored with the formula equals the API's outstanding amounts (issue 18: no recalculation)
            assertThat(total.getNumericCellValue()).isCloseTo(outstanding, org.assertj.core.data.Offset.offset(0.001));
            assertThat(book.getCreationHelper()
                            .createFormulaEvaluator()
                            .evaluate(total)
                            .getNumberValue())
                    .isCloseTo(outstanding, org.assertj.core.data.Offset.offset(0.001));
        }

        HttpResponse<byte[]> english = as("finance").inEnglish().download("reports/subcontractor-retention.xlsx", XLSX);
        try (Workbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(english.body()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Project");
        }
        assertThat(as("engineer")
                        .download("reports/project-retention.xlsx", XLSX)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-B2 a firm without a valid delegation agreement is flagged on the project's register; recording one clears the flag")
    void delegationAgreementFlag() {
        Api erp = erp();
        long projectId = projectId("WTP-2024-002");
        long unflagged =
                erp.get("projects/" + projectId + "/subcontractors?size=10").json().getJsonArray("items").stream()
                        .filter(i -> !i.asJsonObject().getBoolean("delegationAgreementValid"))
                        .count();
        assertThat(unflagged).isEqualTo(2);

        browser.login("specialist", "specialist");
        browser.open("/projects/subcontractors.xhtml?project=" + projectId);
        browser.waitForText(By.id("form:register-table"), "无协议");
        browser.screenshot("r-delegation-flag-zh");
        int flagged =
                browser.driver.findElements(By.cssSelector(".agreement-flag")).size();
        assertThat(flagged).isEqualTo(2);
        browser.click(
                By.xpath(
                        "//tr[.//span[contains(@class,'agreement-flag') and normalize-space(.)='无协议']]//button[contains(@id,':agreement')]"));
        browser.type(By.id("form:agreementNumber"), "WT-IT-0001");
        browser.type(By.id("form:agreementScope"), "保修期内水泵维修与更换");
        browser.type(By.id("form:agreementValidFrom_input"), "2026-01-01");
        browser.click(By.id("form:save-agreement"));
        browser.waitForText(By.id("messages"), "已登记");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".agreement-flag")).size() == flagged - 1);
        assertThat(browser.driver.findElement(By.id("form:register-table")).getText())
                .contains("WT-IT-0001");

        // Issue 18 item 9: the demo firm whose agreement has ended is flagged with its last day (not "今日无效").
        assertThat(browser.driver.findElements(By.cssSelector(".agreement-flag")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList())
                .anySatisfy(flag -> assertThat(flag).matches("已过期（\\d{4}-\\d{2}-\\d{2} 止）"))
                .noneSatisfy(flag -> assertThat(flag).contains("今日无效"));
    }

    private static Path file(String name, byte[] content) {
        try {
            Path folder = Files.createTempDirectory("aftersales-upload");
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types a day into a p:datePicker (showOnFocus is off, so no calendar pops up over the dialog). */
    private void day(String id, java.time.LocalDate value) {
        browser.retype(By.id(id + "_input"), value.toString());
    }

    private static By registerRow(String projectCode) {
        return By.xpath("//tbody[@id='form:register_data']/tr[.//a[normalize-space(.)='" + projectCode + "']]");
    }

    private By rowButton(String projectCode, String button) {
        return By.xpath("//tbody[@id='form:register_data']/tr[.//a[normalize-space(.)='" + projectCode
                + "']]//button[contains(@id,':" + button + "')]");
    }

    @Test
    @DisplayName(
            "R-C8 on the register page: return application with the scan of its receipt, no answer, written reminder, no answer again: deemed accepted, payment due, interest claimed by a letter issued and filed with the register")
    void applicationReminderDeemedAcceptance() {
        Api finance = as("finance");
        long projectId = projectId("WTP-2023-001");
        JsonObject retention = finance.get("project-retentions?projectId=" + projectId)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long id = retention.getJsonNumber("id").longValue();
        java.time.LocalDate due = java.time.LocalDate.parse(retention.getString("dueDate"));

        browser.login("finance", "finance");
        browser.open("/retention/projects.xhtml");
        browser.click(rowButton("WTP-2023-001", "apply"));
        day("form:sentDate", due.plusDays(3));
        day("form:receivedDate", due.plusDays(5));
        browser.driver
                .findElement(By.cssSelector("#form\\:letter-editor input[type=file]"))
                .sendKeys(file(
                                "返还申请签收回执.pdf",
                                ("%PDF-1.4\n% receipt\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
        browser.screenshot("r-return-application-zh");
        browser.click(By.id("form:save-application"));
        browser.waitForText(By.id("messages"), "返还申请");
        JsonObject applied = finance.get("project-retentions/" + id).json();
        long scanId = applied.getJsonNumber("applicationScanId").longValue();
        HttpResponse<byte[]> scan = finance.download("documents/" + scanId + "/content", "*/*");
        assertThat(scan.statusCode()).isEqualTo(200);
        assertThat(new String(scan.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("receipt");
        browser.waitForText(By.id("form:register"), "申请签收扫描件");
        assertThat(applied.getString("returnState")).isEqualTo("REMINDER_DUE");
        java.time.LocalDate verificationDue = java.time.LocalDate.parse(applied.getString("verificationDueDate"));
        assertThat(verificationDue).isAfterOrEqualTo(due.plusDays(5 + 14));
        browser.waitForText(By.id("form:register"), "应发催告");

        browser.click(rowButton("WTP-2023-001", "remind"));
        day("form:sentDate", verificationDue.plusDays(1));
        day("form:receivedDate", verificationDue.plusDays(2));
        browser.click(By.id("form:save-application"));
        // The project's own row: another row of the register may already read 视为认可.
        browser.waitForText(registerRow("WTP-2023-001"), "视为认可");
        browser.screenshot("r-return-deemed-zh");

        JsonObject deemed = finance.get("project-retentions/" + id).json();
        assertThat(deemed.getString("returnState")).isEqualTo("DEEMED_ACCEPTED");
        java.time.LocalDate reminderDue = java.time.LocalDate.parse(deemed.getString("reminderDueDate"));
        assertThat(deemed.getString("deemedAcceptedDate"))
                .isEqualTo(reminderDue.plusDays(1).toString());
        assertThat(java.time.LocalDate.parse(deemed.getString("paymentDueDate")))
                .isAfterOrEqualTo(reminderDue.plusDays(15));
        String interest = deemed.getString("interestAccrued");
        assertThat(new java.math.BigDecimal(interest)).isPositive();
        String shown = "¥" + new java.text.DecimalFormat("#,##0.00").format(new java.math.BigDecimal(interest));
        assertThat(browser.text(By.id("form:procedures")))
                .contains("视为认可")
                .contains("超期")
                .contains(shown);

        browser.open("/retention/letter.xhtml?id=" + id + "&kind=INTEREST_CLAIM");
        browser.waitForText(By.id("letter-title"), "逾期付款利息主张函");
        String letter = browser.text(By.tagName("body"));
        assertThat(letter)
                .contains("城东水务有限公司")
                .contains(shown)
                .contains("一年期贷款市场报价利率")
                .contains("草稿");
        browser.click(By.id("issue:issue-letter"));
        browser.waitForUrl("letter.xhtml?letter=");
        browser.waitForText(By.id("letter-state"), "已出具存档");
        String storedUrl = browser.driver.getCurrentUrl();
        assertThat(browser.text(By.tagName("body"))).contains(shown).contains("城东水务有限公司");
        browser.screenshot("r-letter-interest-zh");

        // The register changes (a payment); the filed letter still says what was sent.
        String outstanding = deemed.getString("outstanding");
        Api.Reply paid =
                finance.post("project-retentions/" + id + "/collections", "{\"amount\":\"" + outstanding + "\"}");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        browser.driver.get(storedUrl);
        browser.waitForText(By.id("letter-title"), "逾期付款利息主张函");
        assertThat(browser.text(By.tagName("body")))
                .contains(shown)
                .contains("¥" + new java.text.DecimalFormat("#,##0.00").format(new java.math.BigDecimal(outstanding)));
        browser.open("/retention/projects.xhtml");
        browser.waitForText(By.id("form:register"), "已出具函件");
        assertThat(browser.driver.findElements(By.cssSelector("a.issued-letter")))
                .isNotEmpty();
        browser.open("/retention/letter.xhtml?id=" + id + "&kind=REMINDER");
        assertThat(browser.text(By.id("letter-title"))).isEqualTo("工程质量保证金返还催告函");
        assertThat(browser.text(By.tagName("body"))).contains(verificationDue.toString());
    }

    @Test
    @DisplayName(
            "R-C8 the other way round: a subcontractor's application, its scan filed, shows the company's own deadline to answer until the company answers")
    void companyAnswersASubcontractorInTime() {
        long retentionId = freshRetention(erp(), 1);
        java.time.LocalDate received =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3);

        browser.login("engineering", "engineering");
        browser.open("/retention/subcontractor.xhtml?id=" + retentionId);
        day("form:returnReceived", received);
        browser.driver
                .findElement(By.cssSelector("#form\\:return-receive input[type=file]"))
                .sendKeys(file(
                                "分包商返还申请.pdf",
                                ("%PDF-1.4\n% application\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
        browser.click(By.id("form:receive-return"));
        browser.waitForText(By.id("form:return-state"), "待核实");
        assertThat(browser.text(By.id("form:application-scan"))).contains("收到的申请扫描件");
        JsonObject withScan =
                erp().get("subcontractor-retentions/" + retentionId).json();
        assertThat(withScan.getString("returnState")).isEqualTo("AWAITING_VERIFICATION");
        assertThat(withScan.getJsonNumber("applicationScanId")).isNotNull();
        assertThat(withScan.getString("interestAccrued")).isEqualTo("0.00");
        java.time.LocalDate answerBy = java.time.LocalDate.parse(browser.text(By.id("form:answer-by")));
        assertThat(answerBy).isAfterOrEqualTo(received.plusDays(14)).isBefore(received.plusDays(14 + 10));
        assertThat(browser.text(By.id("form:return-days"))).startsWith("剩余");

        browser.open("/retention/subcontractors.xhtml");
        assertThat(browser.text(By.id("form:to-answer"))).contains(answerBy.toString());
        browser.screenshot("r-subcontractor-application-zh");

        browser.open("/retention/subcontractor.xhtml?id=" + retentionId);
        day("form:answerDate", received.plusDays(2));
        browser.click(By.id("form:answer-return"));
        browser.waitForText(By.id("form:return-state"), "已核实");
        browser.open("/retention/subcontractors.xhtml");
        // Other tests' applications may still wait for an answer: this one no longer does.
        assertThat(browser.driver.findElements(
                        By.cssSelector("[id='form:to-answer'] a[href$='id=" + retentionId + "']")))
                .isEmpty();
    }
}
