package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16, the engineer's phone: field/today.xhtml in headless Chromium emulating a 375×667 phone with touch, as the
 * demo engineer {@code engineer}. The case is brought to an agreed visit through the API (specialist registers and
 * confirms on site, proposes {@code engineer}, the leader approves, the engineer agrees the visit with the owner); the
 * phone does the rest: 到达现场, 已确认安全规定, 工作完成.
 */
class FieldPhoneBrowserIT extends AgainstDeployment {

    /** Windows booked by this class lie years ahead, each its own, so that no booking collides with another test's. */
    private static final AtomicInteger WINDOWS = new AtomicInteger();

    /** How far behind the server the emulated phone's clock runs in the arrival test. */
    private static final Duration PHONE_BEHIND = Duration.ofMinutes(10);

    private Browser phone;

    @BeforeEach
    void startPhone() {
        phone = Browser.phone(base.toString());
    }

    @AfterEach
    void closePhone() {
        phone.close();
    }

    private static Instant ago(Duration duration) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(duration);
    }

    private static void ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }

    /**
     * A major matter on WTP-2025-003 received 3 h ago, confirmed as on-site work, dispatched with {@code engineer} for a
     * window of its own years ahead (so it shows on Today), the visit agreed with the owner: DISPATCHED. Its id.
     */
    private JsonObject agreedCase(String description) {
        Instant received = ago(Duration.ofHours(3));
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":" + projectId("WTP-2025-003")
                                + ",\"channel\":\"HOTLINE\",\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"刘明\","
                                + "\"receivedAt\":\"" + received + "\",\"description\":\"" + description
                                + "\",\"majorMatter\":true}");
        ok(registered, 201);
        String path = "cases/" + registered.json().getJsonNumber("id");
        ok(
                as("specialist").post(path + "/on-site-confirmation", "{\"at\":\"" + received.plusSeconds(600) + "\"}"),
                200);
        Instant from = Instant.now()
                .truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofDays(4000L + 2L * WINDOWS.incrementAndGet()));
        ok(
                as("specialist")
                        .post(
                                path + "/dispatch-proposal",
                                "{\"engineerIds\":[" + engineerId("engineer") + "],\"plannedFrom\":\"" + from
                                        + "\",\"plannedTo\":\"" + from.plus(Duration.ofHours(4)) + "\",\"at\":\""
                                        + received.plusSeconds(1200) + "\"}"),
                200);
        Api.Reply approved = as("leader")
                .post(path + "/dispatch-approval", "{\"approve\":true,\"at\":\"" + received.plusSeconds(1800) + "\"}");
        assertThat(approved.json().getString("status")).as(approved.toString()).isEqualTo("DISPATCHED");
        ok(
                as("engineer")
                        .post(
                                path + "/visit-agreement",
                                "{\"agreedArrivalAt\":\"" + ago(Duration.ofMinutes(30))
                                        + "\",\"ownerCooperation\":\"业主停运2号泵并断电挂牌\",\"at\":\""
                                        + received.plusSeconds(2400) + "\"}"),
                200);
        return registered.json();
    }

    private By inCard(String number, String css) {
        return By.cssSelector(".today-card[data-case='" + number + "'] " + css);
    }

    private List<JsonObject> timeline(long id, String kind) {
        return as("erp").get("cases/" + id).json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("kind").equals(kind))
                .toList();
    }

    /** The case's clocks as the API shows them, one line each. */
    private List<String> clocks(long id) {
        return as("erp").get("cases/" + id).json().getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .map(JsonObject::toString)
                .toList();
    }

    private void script(String script, Object... arguments) {
        ((JavascriptExecutor) phone.driver).executeScript(script, arguments);
    }

    private void language(String language) {
        // The topbar's language links: clicked by script, the narrow topbar may hold them out of sight.
        script("document.getElementById('topbar:lang-" + language + "').click();");
        new WebDriverWait(phone.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.id("topbar:lang-" + ("en".equals(language) ? "zh" : "en"))));
    }

    @Test
    @DisplayName("issue 16 phone at 375×667 with touch: Today → 到达现场 tapped twice quickly records one arrival at the"
            + " phone's tap time (claimed) while the server keeps its own entered time; the same button on a second"
            + " screen left open answers calmly 已记录 and records nothing; then 已确认安全规定, 等待备件 (a timeline line, no"
            + " clock effect) and 工作完成 (confirmed)"
            + " — screenshots in Chinese and English")
    void engineersVisitOnThePhone() {
        JsonObject registered = agreedCase("手机端：2号提升泵振动大");
        long id = registered.getJsonNumber("id").longValue();
        String number = registered.getString("number");
        phone.login("engineer", "engineer");
        phone.open("/field/today.xhtml");
        phone.waitFor(inCard(number, "button[id$=':arrive']"));
        assertThat(phone.driver.findElements(inCard(number, "button[id$=':safety']")))
                .as("no safety before arrival")
                .isEmpty();
        assertThat(phone.driver
                        .findElement(inCard(number, "button[id$=':arrive']"))
                        .getSize()
                        .getHeight())
                .as("a button a thumb can hit")
                .isGreaterThanOrEqualTo(48);
        assertThat(phone.scrollsHorizontally()).as("fits 375 px").isFalse();
        String today = phone.driver.getWindowHandle();

        // A second screen of the same engineer, left open on the card before the arrival (opened here, used below).
        phone.driver.switchTo().newWindow(WindowType.TAB);
        phone.open("/field/today.xhtml");
        phone.waitFor(inCard(number, "button[id$=':arrive']"));
        String stale = phone.driver.getWindowHandle();
        phone.driver.switchTo().window(today);

        // The phone's clock runs 10 minutes behind the server's; the double tap comes in one go.
        script("var Real = Date, behind = " + PHONE_BEHIND.toMillis() + ";"
                + "window.Date = class extends Real {"
                + "  constructor(...a) { if (a.length) { super(...a); } else { super(Real.now() - behind); } }"
                + "  static now() { return Real.now() - behind; } };");
        Instant tapped = Instant.now();
        script(
                "var b = document.querySelector(arguments[0]); b.click(); b.click();",
                ".today-card[data-case='" + number + "'] button[id$=':arrive']");
        phone.waitFor(inCard(number, "button[id$=':safety']"));
        phone.waitForText(By.id("messages"), "已登记到达现场");
        assertThat(phone.driver.findElements(inCard(number, "button[id$=':arrive']")))
                .isEmpty();

        List<JsonObject> arrivals = timeline(id, "ARRIVAL_RECORDED");
        assertThat(arrivals).as("exactly one arrival after the double tap").hasSize(1);
        Instant claimed = Instant.parse(arrivals.get(0).getString("at"));
        Instant entered = Instant.parse(arrivals.get(0).getString("enteredAt"));
        assertThat(claimed)
                .as("the phone's tap time")
                .isCloseTo(tapped.minus(PHONE_BEHIND), within(60, ChronoUnit.SECONDS));
        assertThat(entered).as("the server's own time").isCloseTo(tapped, within(60, ChronoUnit.SECONDS));
        JsonObject arrived = as("erp").get("cases/" + id).json();
        assertThat(arrived.getString("status")).isEqualTo("ARRIVED");
        assertThat(Instant.parse(arrived.getString("arrivedAt"))).isEqualTo(claimed);
        phone.screenshot("phone-today-arrived-zh");

        // The screen left open still offers 到达现场: its tap is answered 已记录, and nothing is recorded twice.
        phone.driver.switchTo().window(stale);
        phone.click(inCard(number, "button[id$=':arrive']"));
        phone.waitForText(By.id("messages"), "已记录");
        assertThat(phone.driver.findElements(By.cssSelector("#messages .ui-messages-error")))
                .as("a calm answer, no error")
                .isEmpty();
        assertThat(timeline(id, "ARRIVAL_RECORDED")).hasSize(1);
        phone.screenshot("phone-today-already-zh");

        // 已确认安全规定, for myself: then the work may be recorded.
        phone.click(inCard(number, "button[id$=':safety']"));
        phone.waitFor(inCard(number, "textarea[id$=':work']"));
        phone.waitForText(By.id("messages"), "您已确认安全规定");
        assertThat(timeline(id, "SAFETY_ACKNOWLEDGED")).hasSize(1);
        assertThat(timeline(id, "SAFETY_ACKNOWLEDGED").get(0).getString("by")).isEqualTo("engineer");
        phone.screenshot("phone-today-work-zh");

        // 等待备件: a line on the timeline with what is awaited; no clock effect, still on site.
        List<String> clocksBefore = clocks(id);
        phone.type(inCard(number, "input[id$=':note']"), "机械密封明日到货");
        phone.click(inCard(number, "button[id$=':waitParts']"));
        phone.waitForText(By.id("messages"), "已记录工作中断");
        List<JsonObject> waiting = timeline(id, "WORK_WAITING_FOR_PARTS");
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).getString("detail")).isEqualTo("机械密封明日到货");
        assertThat(as("erp").get("cases/" + id).json().getString("status")).isEqualTo("ARRIVED");
        assertThat(clocks(id)).as("no clock effect").isEqualTo(clocksBefore);

        // 工作完成 in English, after the confirmation.
        language("en");
        try {
            phone.open("/field/today.xhtml");
            phone.waitFor(inCard(number, "button[id$=':workDone']"));
            assertThat(phone.text(inCard(number, "button[id$=':workDone']"))).isEqualTo("Work done");
            phone.type(inCard(number, "textarea[id$=':work']"), "清理叶轮缠绕物，紧固地脚螺栓");
            phone.type(inCard(number, "textarea[id$=':result']"), "振动恢复正常");
            phone.screenshot("phone-today-work-en");
            phone.click(inCard(number, "button[id$=':workDone']"));
            phone.click(By.id("confirm-yes"));
            phone.waitForText(By.id("messages"), "Case " + number + ": work done recorded.");
            JsonObject done = as("erp").get("cases/" + id).json();
            assertThat(done.getString("status")).isEqualTo("WORK_DONE");
            assertThat(done.getJsonObject("visit").getString("result")).isEqualTo("振动恢复正常");
            assertThat(phone.driver.findElements(inCard(number, "button"))).isEmpty();
            phone.screenshot("phone-today-done-en");
        } finally {
            // The language is the user's stored choice: back to Chinese for the other tests.
            language("zh");
        }
    }
}
