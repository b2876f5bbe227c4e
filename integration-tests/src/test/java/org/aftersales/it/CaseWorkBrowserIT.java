package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19 items 8 and 9 in the portal: the project department (login {@code project}, 项目一部) is told of the
 * construction-phase call routed to it (R-S2) and answers and closes it itself (R-L5); another department's case stays
 * "not found" for it. The calls are this test's own, registered through the API, so that the demo's stay as they are.
 */
class CaseWorkBrowserIT extends InBrowser {

    private long register(String projectCode, String description) {
        Api.Reply registered = erp().post(
                        "cases",
                        "{\"projectId\":" + projectId(projectCode) + ",\"channel\":\"PHONE\","
                                + "\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"何主任\",\"receivedAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30))
                                + "\",\"description\":\"" + description + "\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName("R-L5: the project department answers and closes its construction-phase call in the portal (routed and"
            + " notified, R-S2), in Chinese and English; another department's case stays 404 for it")
    void projectDepartmentAnswersItsConstructionCall() {
        long id = register("WTP-2026-007", "浏览器测试：临港二期调节池液位计读数跳变");
        long other = register("WTP-2025-003", "浏览器测试：项目二部的来电");
        JsonObject serviceCase = as("project").get("cases/" + id).json();
        assertThat(serviceCase.getString("responsibility")).isEqualTo("IN_CONSTRUCTION");
        String number = serviceCase.getString("number");
        assertThat(as("project")
                        .get("notifications?size=200")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .anySatisfy(n -> {
                    assertThat(n.getString("kind")).isEqualTo("CASE_ROUTED");
                    assertThat(n.getString("caseNumber", "")).isEqualTo(number);
                });

        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.login("project", "project");
        browser.open("/cases/view.xhtml?id=" + id);
        assertThat(browser.waitFor(By.id("case:number")).getText()).isEqualTo(number);
        assertThat(browser.text(By.id("case:routedTo"))).contains("项目一部", "已通知");
        browser.screenshot("project-construction-call-zh");

        browser.driver.findElement(By.id("case:act-close")).click();
        browser.type(By.id("form:answer"), "项目部已安排施工单位校验液位计并重新接线，读数恢复稳定。");
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(By.id("case:status"), "已结束");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
        assertThat(browser.text(By.id("case:answer"))).contains("读数恢复稳定");
        assertThat(browser.driver.findElements(By.id("case:act-close"))).isEmpty();
        browser.screenshot("project-construction-call-closed-zh");
        JsonObject closed = erp().get("cases/" + id).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(line -> {
                    assertThat(line.getString("kind")).isEqualTo("CLOSED");
                    assertThat(line.getString("by")).isEqualTo("project");
                });

        try {
            browser.driver.findElement(By.id("topbar:lang-en")).click();
            browser.waitForText(By.id("case:status"), "Closed");
            assertThat(browser.text(By.id("case:routedTo"))).contains("项目一部", "notified");
            browser.screenshot("project-construction-call-closed-en");
        } finally {
            // The language is the user's stored choice: Chinese again for the other tests.
            browser.open("/index.xhtml");
            if (!browser.driver.findElements(By.id("topbar:lang-zh")).isEmpty()) {
                browser.driver.findElement(By.id("topbar:lang-zh")).click();
                browser.waitFor(By.id("topbar:lang-en"));
            }
        }

        browser.open("/cases/view.xhtml?id=" + other);
        browser.waitFor(By.id("error-title"));
        assertThat(browser.driver.findElements(By.id("case:number"))).isEmpty();
        assertThat(as("project").get("cases/" + other).status()).isEqualTo(404);
    }
}
