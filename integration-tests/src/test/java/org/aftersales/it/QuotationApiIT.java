package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Paid service and expense standards through the REST API on Payara Micro and PostgreSQL (R-C6, R-C7). Calls on the
 * demo project WTP-2024-002 are PAID (its warranty ended a month ago, no contract); on WTP-2025-003 they are WARRANTY.
 * Dispatch windows are two years ahead so that no other test's booking of {@code engineer} overlaps.
 */
class QuotationApiIT extends AgainstDeployment {

    private static final String ITEMS = "{\"items\":["
            + "{\"description\":\"机械密封更换（备件）\",\"cost\":\"1234.55\"},"
            + "{\"description\":\"现场调试技术服务\",\"cost\":\"800.00\",\"kind\":\"TECHNICAL_SERVICE\"},"
            + "{\"description\":\"螺栓\",\"cost\":\"0.05\",\"vatRate\":13}]}";

    private static Instant ago(Duration duration) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(duration);
    }

    /** A call on {@code projectCode} confirmed as on-site work: its path under /api and its class. */
    private JsonObject onSiteCase(String projectCode) {
        Instant received = ago(Duration.ofHours(3));
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":" + projectId(projectCode)
                                + ",\"channel\":\"HOTLINE\",\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"钱科长\",\"receivedAt\":\""
                                + received + "\",\"description\":\"1号鼓风机异响，需上门检修\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String path = "cases/" + registered.json().getJsonNumber("id");
        Api.Reply confirmed = as("specialist")
                .post(path + "/on-site-confirmation", "{\"at\":\"" + received.plus(Duration.ofMinutes(30)) + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return confirmed.json();
    }

    @Test
    @DisplayName(
            "R-C6 POST /cases/{id}/quotation on a PAID case → 201 with exact line prices, VAT per line, totals, markup and 大写; GET returns it")
    void quoteWithExactFigures() {
        JsonObject paid = onSiteCase("WTP-2024-002");
        assertThat(paid.getString("serviceClass")).isEqualTo("PAID");
        String path = "cases/" + paid.getJsonNumber("id") + "/quotation";

        Api.Reply made = as("specialist").post(path, ITEMS);

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith(path);
        JsonObject quotation = made.json();
        JsonArray lines = quotation.getJsonArray("lines");
        assertThat(lines.getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("price"))
                .containsExactly("1358.01", "880.00", "0.06");
        assertThat(lines.getValuesAs(JsonObject.class))
                .extracting(l -> l.getJsonNumber("vatRate").intValue())
                .containsExactly(13, 6, 13);
        assertThat(lines.getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("vat"))
                .containsExactly("176.54", "52.80", "0.01");
        assertThat(quotation.getString("total")).isEqualTo("2238.07");
        assertThat(quotation.getString("totalWithVat")).isEqualTo("2467.42");
        assertThat(quotation.getJsonNumber("markupPercent").intValue()).isEqualTo(10);
        assertThat(quotation.getString("totalInWords")).isEqualTo("贰仟肆佰陆拾柒元肆角贰分");
        assertThat(quotation.getBoolean("accepted")).isFalse();

        JsonObject read = as("finance").get(path).json();
        assertThat(read.getString("totalWithVat")).isEqualTo("2467.42");
        assertThat(read.getInt("revision")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-C6 a quotation for a case that is not PAID → 422 problem on serviceClass; none for the engineer → 403")
    void notPaidIs422() {
        JsonObject warranty = onSiteCase("WTP-2025-003");
        assertThat(warranty.getString("serviceClass")).isEqualTo("WARRANTY");
        String path = "cases/" + warranty.getJsonNumber("id") + "/quotation";

        Api.Reply refused = as("specialist").post(path, ITEMS);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("serviceClass");
        assertThat(as("specialist").get(path).status()).isEqualTo(404);
        JsonObject paid = onSiteCase("WTP-2024-002");
        assertThat(as("engineer")
                        .post("cases/" + paid.getJsonNumber("id") + "/quotation", ITEMS)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-C6 dispatch of a PAID case is refused (422) before the owner accepted the quotation and goes through after; then settlement, invoice and payment")
    void dispatchAfterAcceptance() {
        JsonObject paid = onSiteCase("WTP-2024-002");
        String path = "cases/" + paid.getJsonNumber("id");
        long engineer = engineerId("engineer");
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(730));
        String proposal = "{\"engineerIds\":[" + engineer + "],\"plannedFrom\":\"" + from + "\",\"plannedTo\":\""
                + from.plus(Duration.ofHours(8)) + "\"}";

        Api.Reply early = as("specialist").post(path + "/dispatch-proposal", proposal);
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.body()).contains("报价");
        assertThat(as("specialist").post(path + "/quotation", ITEMS).status()).isEqualTo(201);
        assertThat(as("specialist").post(path + "/dispatch-proposal", proposal).status())
                .as("quoted but not accepted")
                .isEqualTo(422);

        Api.Reply accepted = as("specialist")
                .post(
                        path + "/quotation/acceptance",
                        "{\"acceptedBy\":\"滨江市排水管理处 钱科长\",\"acceptedVia\":\"SIGNED_QUOTATION\",\"acceptedAt\":\""
                                + ago(Duration.ofMinutes(10)) + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getBoolean("accepted")).isTrue();
        assertThat(accepted.json().getString("acceptedBy")).isEqualTo("滨江市排水管理处 钱科长");
        assertThat(as("specialist").post(path + "/quotation", ITEMS).status())
                .as("final once accepted")
                .isEqualTo(422);

        Api.Reply proposed = as("specialist").post(path + "/dispatch-proposal", proposal);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        Api.Reply approved = as("leader").post(path + "/dispatch-approval", "{\"approve\":true}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("DISPATCHED");

        assertThat(as("finance").post(path + "/quotation/settlement", "{}").status())
                .as("not before the work is done")
                .isEqualTo(422);
    }

    @Test
    @DisplayName(
            "R-C7 a cost above the standard is flagged in the cost API (outsideStandard, standardNote) and listed for the supervisor; one within it is not")
    void costsOutsideTheStandard() {
        JsonObject paid = onSiteCase("WTP-2024-002");
        String path = "cases/" + paid.getJsonNumber("id") + "/costs";

        Api.Reply over = as("engineer")
                .post(
                        path,
                        "{\"category\":\"ACCOMMODATION\",\"description\":\"酒店 2 晚\","
                                + "\"amount\":\"1000.00\",\"nights\":2,\"cityTier\":2}");
        Api.Reply within = as("engineer")
                .post(
                        path,
                        "{\"category\":\"ACCOMMODATION\",\"description\":\"宾馆 2 晚\","
                                + "\"amount\":\"700.00\",\"nights\":2,\"cityTier\":2}");

        assertThat(over.status()).as(over.toString()).isEqualTo(201);
        assertThat(over.json().getBoolean("outsideStandard")).isTrue();
        assertThat(over.json().getString("standardDeviation")).isEqualTo("ACCOMMODATION_OVER_LIMIT");
        assertThat(over.json().getString("standardNote")).isEqualTo("500.00 > 400.00 (tier 2)");
        assertThat(within.json().getBoolean("outsideStandard")).isFalse();
        java.util.List<Long> flagged = jakarta.json.Json.createReader(new java.io.StringReader(
                        as("leader").get("costs/outside-standard?limit=500").body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
        assertThat(flagged)
                .contains(over.json().getJsonNumber("id").longValue())
                .doesNotContain(within.json().getJsonNumber("id").longValue());
        assertThat(as("engineer").get("costs/outside-standard").status()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-C7 over the API: travel without its class is flagged not checked; a daily allowance above the standard per day is flagged")
    void uncheckedAndAllowanceLines() {
        JsonObject paid = onSiteCase("WTP-2024-002");
        String path = "cases/" + paid.getJsonNumber("id") + "/costs";

        JsonObject ticket = as("engineer")
                .post(path, "{\"category\":\"TRAVEL\",\"description\":\"车票\",\"amount\":\"120.00\"}")
                .json();
        Api.Reply allowance = as("engineer")
                .post(
                        path,
                        "{\"category\":\"TRAVEL\",\"description\":\"出差补助 3 天\","
                                + "\"amount\":\"451.00\",\"allowanceDays\":3}");

        assertThat(ticket.getBoolean("standardNotChecked")).isTrue();
        assertThat(ticket.getBoolean("outsideStandard")).isFalse();
        assertThat(ticket.getString("standardDeviation")).isEqualTo("NOT_CHECKED");
        assertThat(allowance.status()).as(allowance.toString()).isEqualTo(201);
        assertThat(allowance.json().getInt("allowanceDays")).isEqualTo(3);
        // 451.00 ÷ 3 = 150.33 a day > 100.00 (the default daily allowance).
        assertThat(allowance.json().getString("standardDeviation")).isEqualTo("ALLOWANCE_OVER_LIMIT");
        assertThat(allowance.json().getString("standardNote")).isEqualTo("150.33 > 100.00 (3 d)");
    }
}
