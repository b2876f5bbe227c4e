package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The general manager's month on screen (R-O3): the dashboard under 报表 shows the figures of {@code GET /api/kpi}, the
 * SLA chart, and downloads the month's workbook.
 */
class GmDashboardBrowserIT extends InBrowser {

    @Test
    @DisplayName("R-O3 the general manager opens the month's dashboard from 报表: the API's figures, the SLA chart, and"
            + " the month's workbook downloads under its Chinese name with its seven sheets")
    void gmDashboard() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        JsonObject kpi = erp().get("kpi/" + month).json();

        browser.login("gm", "gm");
        browser.click(By.id("menu-gm-dashboard"));
        browser.waitForUrl("dashboard/gm.xhtml");
        // Issue 18 item 9: it opens on the last complete month; the current one is chosen (here by the link).
        assertThat(browser.text(By.id("form:month_label")))
                .isEqualTo(month.minusMonths(1).toString());
        browser.open("/dashboard/gm.xhtml?month=" + month);
        assertThat(browser.text(By.id("form:month_label"))).isEqualTo(month.toString());

        assertThat(browser.text(By.id("form:casesReceived"))).isEqualTo(String.valueOf(kpi.getInt("casesReceived")));
        assertThat(browser.text(By.id("form:crisesOpen"))).isEqualTo(String.valueOf(kpi.getInt("crisesOpen")));
        assertThat(browser.text(By.id("form:complaintsOpen"))).isEqualTo(String.valueOf(kpi.getInt("complaintsOpen")));
        // R-C8: the return procedure's tiles are the KPI's figures (the demo has one application awaiting the owner).
        JsonObject procedure = kpi.getJsonObject("returnProcedure");
        assertThat(procedure.getInt("applicationsPending")).isPositive();
        assertThat(browser.text(By.id("form:applicationsPending")))
                .isEqualTo(String.valueOf(procedure.getInt("applicationsPending")));
        assertThat(browser.text(By.id("form:interestOwed")))
                .isEqualTo("¥"
                        + new java.text.DecimalFormat("#,##0.00")
                                .format(new java.math.BigDecimal(procedure.getString("interestOwed"))));
        browser.waitFor(By.cssSelector("[id='form:slaChart'] canvas"));
        // R-C1, R-C2: the cost lines flagged against their plan are the API's (the demo has both kinds).
        JsonObject newestFlag = jakarta.json.Json.createReader(new java.io.StringReader(
                        as("gm").get("costs/plan-deviations?limit=50").body()))
                .readArray()
                .getJsonObject(0);
        assertThat(browser.text(By.id("form:plan-flagged")))
                .contains(newestFlag.getString("caseNumber"))
                .containsAnyOf("超出批准预算", "费用计划批准前发生");
        browser.screenshot("gm-dashboard");

        browser.click(By.id("form:excel"));
        // Generated as a polled job (R-O3: shows progress, does not block the page), then downloaded.
        browser.waitForText(By.id("form:step"), "已完成");
        assertThat(browser.text(By.id("form:progress"))).contains("100%");
        browser.click(By.id("form:download-result"));
        Path download = browser.downloaded("售后服务月报 " + month + ".xlsx");
        try (var in = Files.newInputStream(download);
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(7);
        }
    }
}
