package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * API.md, issue 16: every act on a case takes an {@code Idempotency-Key}; a weak connection that sends an act twice —
 * a double tap, a retry after a lost answer — records it once and gets the first answer again; the same key for another
 * body, case or user is refused with 422. On Payara Micro and PostgreSQL, through the case API.
 */
class IdempotentActsIT extends AgainstDeployment {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };

    private static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    private String intake(Instant receivedAt) {
        return "{\"projectId\":" + projectId("WTP-2025-003") + ",\"channel\":\"PHONE\",\"type\":\"SERVICE_REQUEST\","
                + "\"reporterName\":\"黄经理\",\"receivedAt\":\"" + receivedAt + "\","
                + "\"description\":\"提升泵出口压力波动\"}";
    }

    private long registeredCase() {
        Api.Reply created = erp().post("cases", intake(minutesAgo(90)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long lines(JsonObject serviceCase, String kind) {
        return serviceCase.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("kind").equals(kind))
                .count();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    @DisplayName("R-S3 an act sent twice with one Idempotency-Key is recorded once and both sends get the first answer")
    void sameActTwice() {
        long caseId = registeredCase();
        String key = key();
        String body = "{\"at\":\"" + minutesAgo(30) + "\"}";

        Api.Reply first = erp().post("cases/" + caseId + "/reply", body, key);
        Api.Reply again = erp().post("cases/" + caseId + "/reply", body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        JsonObject stored = erp().get("cases/" + caseId).json();
        assertThat(lines(stored, "REPLY_RECORDED")).as(stored.toString()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-S1 a call registered twice with one Idempotency-Key is one case: the second send gets its number"
            + " and Location")
    void sameIntakeTwice() {
        String key = key();
        String body = intake(minutesAgo(20));

        Api.Reply first = erp().post("cases", body, key);
        Api.Reply again = erp().post("cases", body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.json().getString("number")).isEqualTo(first.json().getString("number"));
    }

    @Test
    @DisplayName("R-S3 the same Idempotency-Key with another body, another case or another user is refused with 422"
            + " naming the header, and records nothing")
    void keyUsedForAnotherRequest() {
        long caseId = registeredCase();
        long otherCase = registeredCase();
        String key = key();
        assertThat(erp().post("cases/" + caseId + "/reply", "{\"at\":\"" + minutesAgo(30) + "\"}", key)
                        .status())
                .isEqualTo(200);

        List<Api.Reply> refused = List.of(
                erp().post("cases/" + caseId + "/reply", "{\"at\":\"" + minutesAgo(31) + "\"}", key),
                erp().post("cases/" + otherCase + "/reply", "{\"at\":\"" + minutesAgo(30) + "\"}", key),
                as("specialist").post("cases/" + caseId + "/reply", "{\"at\":\"" + minutesAgo(30) + "\"}", key));

        for (Api.Reply reply : refused) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("Idempotency-Key");
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("code"))
                    .isEqualTo("idempotencyKey.reused");
        }
        assertThat(lines(erp().get("cases/" + otherCase).json(), "REPLY_RECORDED"))
                .isZero();
        assertThat(lines(erp().get("cases/" + caseId).json(), "REPLY_RECORDED")).isEqualTo(1);
    }

    @Test
    @DisplayName("R-S3 eight sends of one act at the same moment with one Idempotency-Key record it once")
    void doubleTapsAtOnce() {
        long caseId = registeredCase();
        String key = key();
        String body = "{\"at\":\"" + minutesAgo(10) + "\"}";

        List<Api.Reply> replies = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> erp().post("cases/" + caseId + "/reply", body, key)))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(replies).extracting(Api.Reply::status).containsOnly(200);
        assertThat(replies)
                .extracting(Api.Reply::body)
                .containsOnly(replies.get(0).body());
        assertThat(lines(erp().get("cases/" + caseId).json(), "REPLY_RECORDED")).isEqualTo(1);
    }

    @Test
    @DisplayName("R-S1 a photo upload retried with its Idempotency-Key (a new multipart boundary) is stored once;"
            + " another photo under the same key is refused")
    void photoRetried() {
        long caseId = registeredCase();
        String key = key();
        String path = "cases/" + caseId + "/attachments";

        Api.Reply first = erp().postFile(path, Map.of(), "泵房.png", PNG, key);
        Api.Reply again = erp().postFile(path, Map.of(), "泵房.png", PNG, key);
        byte[] other = PNG.clone();
        other[other.length - 1] = 'Y';
        Api.Reply another = erp().postFile(path, Map.of(), "泵房.png", other, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(another.status()).as(another.toString()).isEqualTo(422);
        assertThat(jsonArraySize(erp().get(path).body())).isEqualTo(1);
    }

    private static int jsonArraySize(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body))
                .readArray()
                .size();
    }

    @Test
    @DisplayName("R-S3 a refusal is answered again as it was: the same key after a 422 gets the same 422 and the act"
            + " is not tried a second time")
    void refusalKept() {
        long caseId = registeredCase();
        String key = key();
        String future = "{\"at\":\"" + Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS) + "\"}";

        Api.Reply first = erp().post("cases/" + caseId + "/reply", future, key);
        Api.Reply again = erp().post("cases/" + caseId + "/reply", future, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    @DisplayName("API.md a malformed Idempotency-Key (a space, over 100 characters) is 400 problem+json naming the"
            + " header; nothing recorded")
    void malformedKey() {
        long caseId = registeredCase();
        for (String bad : List.of("two words", "k".repeat(101))) {
            Api.Reply reply = erp().post("cases/" + caseId + "/reply", "{\"at\":\"" + minutesAgo(5) + "\"}", bad);

            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("Idempotency-Key");
        }
        assertThat(lines(erp().get("cases/" + caseId).json(), "REPLY_RECORDED")).isZero();
    }
}
