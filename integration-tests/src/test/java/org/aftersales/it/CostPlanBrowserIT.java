package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The cost plan page (R-C1) in real headless Chromium: the specialist drafts and submits, a leader approves. */
class CostPlanBrowserIT extends AgainstDeployment {

    /** Replaces the value of a PrimeFaces input number (its visible input), then leaves the field. */
    private static void amount(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.id(id + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
    }

    @Test
    @DisplayName(
            "R-C1 the specialist drafts a cost plan with lines and submits it; the division leader approves it and the page shows 已批准")
    void draftSubmitApprove() {
        String code = "UI-CP-" + (System.currentTimeMillis() % 1000000);
        Api.Reply project = erp().post(
                        "projects",
                        "{\"code\":\"" + code
                                + "\",\"name\":\"浏览器费用计划水厂\",\"ownerName\":\"浏览器费用计划业主\",\"provisionalHandoverDate\":\""
                                + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3) + "\"}");
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        long projectId = project.json().getJsonNumber("id").longValue();
        String page = "/projects/cost-plan.xhtml?project=" + projectId;

        try (Browser specialist = new Browser(base.toString())) {
            specialist.login("specialist", "specialist");
            specialist.open(page);
            specialist.waitForText(By.id("no-plan"), "尚无售后服务费用计划书");
            specialist.click(By.id("form:create"));
            specialist.waitForText(By.id("form:state"), "编制中");
            amount(specialist, "form:lines:0:planned", "12000");
            specialist.type(By.id("form:lines:0:note"), "2 名售后服务人员 × 10 天");
            amount(specialist, "form:lines:1:planned", "3500.5");
            specialist.click(By.id("form:save"));
            specialist.waitForText(By.id("form:lines"), "¥15,500.50");
            specialist.screenshot("cost-plan-draft-zh");
            specialist.click(By.id("form:submit"));
            specialist.click(By.id("confirm-yes"));
            specialist.waitForText(By.id("form:state"), "已提交");
            assertThat(specialist.driver.findElements(By.id("form:approve")))
                    .as("the specialist cannot approve")
                    .isEmpty();
        }

        try (Browser leader = new Browser(base.toString())) {
            leader.login("leader", "leader");
            leader.open(page);
            leader.waitForText(By.id("form:state"), "已提交");
            leader.click(By.id("form:approve"));
            leader.click(By.id("confirm-yes"));
            leader.waitForText(By.id("form:state"), "已批准");
            assertThat(leader.driver.findElement(By.id("form:decided")).getText())
                    .contains("张分管");
            assertThat(leader.driver.findElement(By.id("form:lines")).getText())
                    .contains("¥15,500.50")
                    .contains("2 名售后服务人员 × 10 天");
            assertThat(leader.driver.findElements(By.id("form:save")))
                    .as("an approved plan is not edited")
                    .isEmpty();
            leader.screenshot("cost-plan-approved-zh");
        }
    }
}
