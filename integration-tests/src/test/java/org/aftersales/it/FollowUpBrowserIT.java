package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner follow-up planner (R-F2) in real headless Chromium at 1024×768. Works on the demo project WTP-2026-005,
 * whose owner was last reached 30 days ago (overdue 16 days); the API test leaves that project alone.
 */
class FollowUpBrowserIT extends InBrowser {

    private static By row(String code) {
        return By.xpath("//*[@id='form:followUps']//tr[.//a[normalize-space(text())='" + code + "']]");
    }

    @Test
    @DisplayName(
            "R-F2 the specialist logs a follow-up from the planner: the overdue project's next due date moves to 14 days from"
                    + " today, and the row names the specialist (issue 18 item 4)")
    void logAFollowUpFromThePlanner() {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        browser.login("specialist", "specialist");
        browser.driver.findElement(By.id("menu-follow-ups")).click();
        browser.waitForUrl("followups/planner.xhtml");

        String before = browser.waitFor(row("WTP-2026-005")).getText();
        assertThat(before).contains(today.minusDays(16).toString(), "超期 16 天");
        assertThat(browser.driver.findElement(By.id("form:followUps")).getText())
                .contains("WTP-2023-001", "WTP-2026-006")
                .doesNotContain("WTP-2025-003");
        assertThat(browser.scrollsHorizontally()).as("planner at 1024×768").isFalse();
        browser.screenshot("followups-planner-zh");

        browser.driver
                .findElement(row("WTP-2026-005"))
                .findElement(By.xpath(".//button[contains(@id,':log')]"))
                .click();
        browser.waitForText(By.id("form:logProject"), "WTP-2026-005");
        browser.type(By.id("form:notes"), "污泥干化机运行正常，业主无新问题。");
        browser.screenshot("followups-log-dialog-zh");
        browser.driver.findElement(By.id("form:save")).click();

        String nextDue = today.plusDays(14).toString();
        browser.waitForText(By.id("messages"), nextDue);
        assertThat(browser.driver.findElement(By.id("messages")).getText()).contains("WTP-2026-005");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:log-dialog")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(row("WTP-2026-005")));

        // The filter's ajax update can race the table refresh that followed the save: choose() retries until it took.
        browser.choose("form:stateFilter", "全部工程");
        browser.waitFor(row("WTP-2026-005"));
        String after = browser.driver.findElement(row("WTP-2026-005")).getText();
        // Who reached the owner is shown by name, not by login (issue 18 item 4).
        assertThat(after).contains(nextDue, "剩余 14 天", "王售后（售后服务专责）").doesNotContain("· specialist");
        browser.screenshot("followups-planner-after-zh");
    }

    @Test
    @DisplayName(
            "R-F3 the return-visit page shows the flagged project (warranty ending, only a planned visit) and the visited ones")
    void returnVisitsShowTheFlag() {
        browser.login("specialist", "specialist");
        browser.driver.findElement(By.id("menu-return-visits")).click();
        browser.waitForUrl("followups/return-visits.xhtml");
        String flagged = browser.waitFor(
                        By.xpath("//*[@id='form:visits']//tr[.//a[normalize-space(text())='WTP-2024-002']]"))
                .getText();
        assertThat(flagged).contains("尚未完成回访", "已计划");
        String visited = browser.driver
                .findElement(By.xpath("//*[@id='form:visits']//tr[.//a[normalize-space(text())='WTP-2023-001']]"))
                .getText();
        assertThat(visited).contains("已回访").doesNotContain("尚未完成回访");
        assertThat(browser.scrollsHorizontally())
                .as("return visits at 1024×768")
                .isFalse();
        browser.screenshot("followups-return-visits-zh");
    }
}
