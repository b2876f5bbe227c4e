package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, events to the ERP: the change log written in the transaction of each change and read with
 * {@code GET /events?after=}, on Payara Micro and PostgreSQL.
 */
class ChangeLogIT extends AgainstDeployment {

    private static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    private String intake() {
        return "{\"projectId\":" + projectId("WTP-2025-003") + ",\"channel\":\"PHONE\",\"type\":\"CONSULTATION\","
                + "\"reporterName\":\"黄经理\",\"receivedAt\":\"" + minutesAgo(60) + "\","
                + "\"description\":\"询问加药泵的保养周期\"}";
    }

    /** The id of the newest event now: the point to read on from. */
    private long lastEventId() {
        long after = 0;
        for (; ; ) {
            JsonObject page = erp().get("events?size=500&after=" + after).json();
            long next = Long.parseLong(page.getString("next"));
            if (next == after) {
                return after;
            }
            after = next;
        }
    }

    private List<JsonObject> eventsAfter(long after) {
        return erp().get("events?size=500&after=" + after)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> about(List<JsonObject> events, long caseId) {
        return events.stream()
                .filter(e -> e.getString("resource").endsWith("/api/cases/" + caseId))
                .toList();
    }

    @Test
    @DisplayName("R-S1 issue 17: a call registered and closed appears in GET /events as CASE_REGISTERED then"
            + " CASE_CLOSED with the case's API URL, in the order of the commits")
    void registeredAndClosed() {
        long before = lastEventId();
        Api.Reply created = erp().post("cases", intake());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long caseId = created.json().getJsonNumber("id").longValue();
        Api.Reply closed = erp().post(
                        "cases/" + caseId + "/close",
                        "{\"at\":\"" + minutesAgo(5) + "\",\"answer\":\"每运行2000小时保养一次\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        List<JsonObject> events = about(eventsAfter(before), caseId);

        assertThat(events).extracting(e -> e.getString("kind")).containsExactly("CASE_REGISTERED", "CASE_CLOSED");
        assertThat(events.get(0).getString("resource")).isEqualTo(created.header("Location"));
        assertThat(events.get(0).getJsonNumber("id").longValue())
                .isLessThan(events.get(1).getJsonNumber("id").longValue());
        assertThat(Instant.parse(events.get(1).getString("at")))
                .isAfter(Instant.now().minus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("R-S3 issue 17: a refused act (closing without an answer) writes no event")
    void refusedActWritesNothing() {
        Api.Reply created = erp().post("cases", intake());
        long caseId = created.json().getJsonNumber("id").longValue();
        long before = lastEventId();

        Api.Reply refused = erp().post("cases/" + caseId + "/close", "{\"at\":\"" + minutesAgo(5) + "\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(about(eventsAfter(before), caseId)).isEmpty();
    }

    @Test
    @DisplayName("R-O1 issue 17: the change log is the ERP's (and the administrator's): an engineer gets 403")
    void onlyForTheErp() {
        assertThat(as("engineer").get("events").status()).isEqualTo(403);
        assertThat(as("admin").get("events").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-S1 issue 17: an event whose transaction commits late is not skipped — a registration that waits"
            + " for it gets the next id, and a reader that continues after the last id it saw finds both")
    void lateCommitNotSkipped() throws Exception {
        long before = lastEventId();
        try (Connection slow = TestDatabase.connect()) {
            slow.setAutoCommit(false);
            long slowId;
            try (Statement sql = slow.createStatement()) {
                sql.executeUpdate("UPDATE change_log_counter SET last_id = last_id + 1 WHERE id = 1");
                var found = sql.executeQuery("SELECT last_id FROM change_log_counter WHERE id = 1");
                found.next();
                slowId = found.getLong(1);
                sql.executeUpdate("INSERT INTO change_event (id, kind, occurred_at, resource) VALUES (" + slowId
                        + ", 'CASE_CLOSED', now(), 'cases/0')");
            }
            CompletableFuture<Api.Reply> registration =
                    CompletableFuture.supplyAsync(() -> erp().post("cases", intake()));
            Thread.sleep(1_500);
            assertThat(registration)
                    .as("the registration waits for the earlier transaction")
                    .isNotDone();
            assertThat(eventsAfter(before))
                    .as("nothing is visible before the earlier commit")
                    .isEmpty();

            slow.commit();
            Api.Reply created = registration.get(60, TimeUnit.SECONDS);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long caseId = created.json().getJsonNumber("id").longValue();

            List<JsonObject> events = eventsAfter(before);
            List<Long> ids =
                    events.stream().map(e -> e.getJsonNumber("id").longValue()).toList();
            assertThat(ids.get(0)).isEqualTo(slowId);
            for (int i = 1; i < ids.size(); i++) {
                assertThat(ids.get(i)).as("ids without a gap: " + ids).isEqualTo(ids.get(i - 1) + 1);
            }
            assertThat(about(events, caseId))
                    .singleElement()
                    .satisfies(
                            e -> assertThat(e.getJsonNumber("id").longValue()).isGreaterThan(slowId));
        } catch (SQLException failed) {
            throw new AssertionError(failed);
        }
    }

    @Test
    @DisplayName("issue 17: a webhook to a loopback, private or link-local address is refused with 422 (this"
            + " deployment keeps aftersales.webhooks.allow-private at its default, false)")
    void privateWebhookAddressRefused() {
        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.0.0.8/hook",
                "http://192.168.1.20/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook")) {
            Api.Reply refused = as("admin")
                    .post(
                            "webhooks",
                            "{\"url\":\"" + url + "\",\"kinds\":[\"CASE_CLOSED\"],"
                                    + "\"secret\":\"whsec-it-0123456789abcdef\"}");

            assertThat(refused.status()).as(url + ": " + refused).isEqualTo(422);
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("url");
        }
        assertThat(as("admin")
                        .get("webhooks?size=500")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .as("none of them subscribed")
                .noneMatch(hook -> hook.getString("url").contains("/hook")
                        || hook.getString("url").contains("meta-data"));
    }
}
