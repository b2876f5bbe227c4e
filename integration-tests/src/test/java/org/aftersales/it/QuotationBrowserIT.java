package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Paid service as the specialist and the supervisor see it in Chromium (R-C6, R-C7): the demo's accepted quotation,
 * a new quotation priced while it is typed, and the costs outside the expense standards.
 */
class QuotationBrowserIT extends InBrowser {

    @Test
    @DisplayName(
            "R-C6 the specialist sees the demo's accepted quotation with its total in capital numerals, and prices a new PAID case's item live before saving it")
    void specialistQuotes() {
        JsonObject demo = erp()
                .get("cases?projectId=" + projectId("WTP-2024-002") + "&serviceClass=PAID&size=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("description").startsWith("1号鼓风机轴承温度高"))
                .filter(c -> erp().get("cases/" + c.getJsonNumber("id") + "/quotation")
                                .status()
                        == 200)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo PAID case with a quotation"));
        browser.login("specialist", "specialist");
        browser.open("/cases/quotation.xhtml?id=" + demo.getJsonNumber("id"));
        browser.waitForText(By.id("form:in-words"), "陆仟壹佰伍拾肆元贰角捌分");
        assertThat(browser.driver.findElement(By.id("form:total-with-vat")).getText())
                .isEqualTo("¥6,154.28");
        assertThat(browser.driver.findElement(By.id("form:accepted-by")).getText())
                .contains("钱科长");
        assertThat(browser.driver.findElements(By.id("form:save")))
                .as("an accepted quotation is final")
                .isEmpty();

        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":"
                                + projectId("WTP-2024-002")
                                + ",\"channel\":\"HOTLINE\",\"type\":\"SERVICE_REQUEST\",\"reporterName\":"
                                + "\"钱科长\",\"receivedAt\":\"" + received + "\",\"description\":\"2号鼓风机机械密封泄漏\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = registered.json().getJsonNumber("id").longValue();
        browser.open("/cases/view.xhtml?id=" + id);
        browser.waitFor(By.id("quotation:open-quotation")).click();
        browser.waitForUrl("quotation.xhtml");
        browser.type(By.id("form:rows:0:description"), "机械密封更换（备件）");
        browser.type(By.id("form:rows:0:cost_input"), "1234.55");
        browser.driver.findElement(By.id("form:rows:0:cost_input")).sendKeys(Keys.TAB);
        browser.waitForText(By.id("form:rows:0:price"), "¥1,358.01");
        browser.waitForText(By.id("form:draft-in-words"), "壹仟伍佰叁拾肆元伍角伍分");
        browser.screenshot("quotation-editor");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("form:in-words"), "壹仟伍佰叁拾肆元伍角伍分");
        assertThat(erp().get("cases/" + id + "/quotation").json().getString("totalWithVat"))
                .isEqualTo("1534.55");
    }

    @Test
    @DisplayName(
            "R-C7 the division leader sees the demo accommodation above the tier-2 limit among the costs outside the standards, and the standards in force")
    void supervisorSeesFlags() {
        browser.login("leader", "leader");
        browser.open("/settings/expense-standards.xhtml");
        browser.waitForText(By.id("form:flagged"), "滨江国际酒店 2 晚");
        assertThat(browser.driver.findElement(By.id("form:flagged")).getText()).doesNotContain("滨江宾馆 2 晚");
        assertThat(browser.driver.findElement(By.id("form:standards")).getText())
                .contains("¥400.00", "火车二等座");
    }
}
