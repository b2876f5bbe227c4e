package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What comes with a case besides its clocks, on Payara Micro and PostgreSQL: photos and files at intake (R-S1) —
 * attached on the registration page in Chromium and listed on the case page; attached, listed and downloaded through
 * the case API — and the owner-satisfaction survey a closed case offers (R-B3).
 */
class CaseAttachmentIT extends AgainstDeployment {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };

    private long registeredCase() {
        long projectId = projectId("WTP-2025-003");
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        Api.Reply created = erp().post(
                        "cases",
                        "{\"projectId\":" + projectId + ",\"channel\":\"EMAIL\","
                                + "\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"黄经理\",\"receivedAt\":\"" + received
                                + "\","
                                + "\"description\":\"刮泥机链条断裂，附照片\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static Path file(String name, byte[] content) {
        try {
            return Files.write(Files.createTempDirectory("aftersales-intake").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scrollTo(Browser browser, By by) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.driver.findElement(by));
    }

    @Test
    @DisplayName(
            "R-S1 POST /cases/{id}/attachments attaches a photo with a Chinese name; GET lists it with its download link; a disguised file is refused with 415")
    void throughTheApi() {
        long caseId = registeredCase();

        Api.Reply attached = erp().postFile("cases/" + caseId + "/attachments", Map.of(), "刮泥机链条 现场.png", PNG);
        Api.Reply disguised =
                erp().postFile("cases/" + caseId + "/attachments", Map.of(), "照片.png", new byte[] {'M', 'Z', 0, 0});

        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.json().getString("kind")).isEqualTo("CASE_ATTACHMENT");
        assertThat(disguised.status()).as(disguised.toString()).isEqualTo(415);
        JsonArray listed = jakarta.json.Json.createReader(new java.io.StringReader(
                        erp().get("cases/" + caseId + "/attachments").body()))
                .readArray();
        assertThat(listed).hasSize(1);
        JsonObject photo = listed.getJsonObject(0);
        assertThat(photo.getString("fileName")).isEqualTo("刮泥机链条 现场.png");
        HttpResponse<byte[]> download = erp().download(photo.getString("contentUrl"), "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E5%88%AE%E6%B3%A5%E6%9C%BA%E9%93%BE%E6%9D%A1%20%E7%8E%B0%E5%9C%BA.png");
        assertThat(erp().get("cases/999999999/attachments").status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-S1 on the registration page a photo is attached (a disguised one refused at once) and the case page lists it for download")
    void onTheRegistrationPage() {
        try (Browser browser = new Browser(base.toString())) {
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
            browser.login("specialist", "specialist");
            browser.open("/cases/new.xhtml");
            browser.type(By.id("form:projectId_input"), "WTP-2025-003");
            wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[id='form:projectId_panel'] .ui-autocomplete-item")))
                    .click();
            browser.waitForText(By.id("form:projectInfo"), "质保期内");
            browser.type(By.id("form:reporterName_input"), "浏览器测试来电人" + Keys.TAB);
            browser.type(By.id("form:description"), "曝气池一角不出气，附现场照片。");

            browser.driver
                    .findElement(By.cssSelector("[id='form:file'] input[type=file]"))
                    .sendKeys(file("曝气池 现场照片.png", PNG).toString());
            browser.waitForText(By.id("form:files"), "曝气池 现场照片.png");
            browser.driver
                    .findElement(By.cssSelector("[id='form:file'] input[type=file]"))
                    .sendKeys(
                            file("伪装照片.png", new byte[] {'M', 'Z', 0, 0, 1, 2}).toString());
            browser.waitForText(By.id("form:file-message"), "不是允许的类型");
            assertThat(browser.text(By.id("form:files"))).doesNotContain("伪装照片.png");
            scrollTo(browser, By.id("form:files-panel"));
            browser.screenshot("case-new-files-zh");

            browser.driver.findElement(By.id("form:save")).click();
            browser.waitForUrl("cases/view.xhtml?id=");
            WebElement link = browser.waitFor(By.cssSelector("[id='attachments-panel'] a[id$=':download']"));
            assertThat(link.getText()).isEqualTo("曝气池 现场照片.png");
            assertThat(link.getAttribute("href")).contains("/documents/download?id=");
            scrollTo(browser, By.id("attachments-panel"));
            browser.screenshot("case-view-files-zh");
        }
    }

    @Test
    @DisplayName(
            "R-S1 on the case page a photo is added after registration; a disguised file and one over the size limit"
                    + " are refused in Chinese and nothing of them is stored; a role that may not register calls sees no upload")
    void addedOnTheCasePage() throws Exception {
        long caseId = registeredCase();
        Path tooLarge = Files.createTempDirectory("aftersales-intake").resolve("现场录像.png");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
            sparse.setLength(51L * 1024 * 1024); // over the default limit of 50 MB
        }
        try (Browser browser = new Browser(base.toString())) {
            browser.login("engineer", "engineer");
            browser.open("/cases/view.xhtml?id=" + caseId);
            browser.waitForText(By.id("attach:attachments"), "未附照片或文件");
            By chooser = By.cssSelector("[id='attach:file'] input[type=file]");

            browser.driver
                    .findElement(chooser)
                    .sendKeys(file("链条断口 次日补拍.png", PNG).toString());
            browser.waitForText(By.id("attach:attachments"), "链条断口 次日补拍.png");
            browser.driver
                    .findElement(chooser)
                    .sendKeys(
                            file("伪装照片.png", new byte[] {'M', 'Z', 0, 0, 1, 2}).toString());
            browser.waitForText(By.id("attach:file-message"), "伪装照片.png 不是允许的类型");
            browser.driver.findElement(chooser).sendKeys(tooLarge.toString());
            browser.waitForText(By.id("attach:file-message"), "现场录像.png 超过 50 MB 的上限");
            assertThat(browser.text(By.id("attach:attachments"))).doesNotContain("伪装照片.png", "现场录像.png");
            scrollTo(browser, By.id("attachments-panel"));
            browser.screenshot("case-view-add-files-zh");
        }
        JsonArray listed = jakarta.json.Json.createReader(new java.io.StringReader(
                        erp().get("cases/" + caseId + "/attachments").body()))
                .readArray();
        assertThat(listed)
                .extracting(v -> ((JsonObject) v).getString("fileName"))
                .as("only the accepted photo is stored")
                .containsExactly("链条断口 次日补拍.png");
        try (java.sql.Connection connection = TestDatabase.connect();
                java.sql.PreparedStatement query = connection.prepareStatement(
                        "select count(*) from stored_document where file_name in ('伪装照片.png', '现场录像.png')"
                                + " and title like ?")) {
            query.setString(1, erp().get("cases/" + caseId).json().getString("number") + " %");
            try (java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("nothing half-stored").isZero();
            }
        }

        try (Browser browser = new Browser(base.toString())) {
            browser.login("leader", "leader");
            browser.open("/cases/view.xhtml?id=" + caseId);
            browser.waitForText(By.id("attach:attachments"), "链条断口 次日补拍.png");
            assertThat(browser.driver.findElements(By.id("attach:file")))
                    .as("the leader registers no calls")
                    .isEmpty();
        }
    }

    @Test
    @DisplayName(
            "R-B3 a closed case offers the owner-satisfaction survey; answered from there, the response is archived with the case")
    void ownerSurveyAfterClosing() throws Exception {
        long caseId = registeredCase();
        Api.Reply closed = erp().post("cases/" + caseId + "/close", "{\"answer\":\"已电话指导更换链条\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        String number = closed.json().getString("number");

        try (Browser browser = new Browser(base.toString())) {
            browser.login("specialist", "specialist");
            browser.open("/cases/view.xhtml?id=" + caseId);
            WebElement answer = browser.waitFor(By.cssSelector("[id='owner-survey-panel'] a"));
            scrollTo(browser, By.id("owner-survey-panel"));
            browser.screenshot("case-owner-survey-zh");
            answer.click();
            browser.waitForUrl("surveys/answer.xhtml");
            assertThat(browser.text(By.id("form:case"))).isEqualTo(number);
            assertThat(browser.driver.findElement(By.id("form:respondent")).getAttribute("value"))
                    .isEqualTo("黄经理");
            assertThat(browser.driver.findElement(By.id("form:projectId_input")).getAttribute("value"))
                    .startsWith("WTP-2025-003");
            for (WebElement rating : browser.driver.findElements(By.cssSelector("div[id$=':rating']"))) {
                rating.findElements(By.cssSelector(".ui-button")).get(3).click();
            }
            for (WebElement yes : browser.driver.findElements(By.cssSelector("div[id$=':yes']"))) {
                yes.findElements(By.cssSelector(".ui-button")).get(0).click();
            }
            browser.driver.findElement(By.id("form:save")).click();
            browser.waitForUrl("responses.xhtml");
        }
        try (java.sql.Connection connection = TestDatabase.connect();
                java.sql.PreparedStatement query = connection.prepareStatement(
                        "select count(*) from survey_response where service_case_id = ? and respondent = '黄经理'")) {
            query.setLong(1, caseId);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }
}
