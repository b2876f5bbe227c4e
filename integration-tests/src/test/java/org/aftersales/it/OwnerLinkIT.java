package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, the owner's link, on Payara Micro and PostgreSQL: made by the people who work the case, read without an
 * account, showing nothing internal, revoked by a newer link, 404 alike for an unknown, expired or revoked token, 30 days
 * after closing, and rate-limited. Its own deployment: the built WAR with low limits (3 a token, 40 an address) in a
 * window of an hour — so that no window ends during the run — and a trusted proxy that is not the test's loopback
 * address, set in the WAR's {@code microprofile-config.properties} (as {@code WebhookIT}). Every request of the class
 * comes from one address: the test of the address limit runs last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnerLinkIT {

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final int PER_ADDRESS = 40;
    private static final int PER_TOKEN = 3;
    private static final AtomicInteger WINDOWS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A token revoked by a newer link, kept for the test of the alike 404s. */
    private static String revokedToken;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive war = Deployments.aftersalesWar();
        String config;
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        war.delete(CONFIG);
        war.add(
                new StringAsset(config + "\naftersales.public.rate.per-address=" + PER_ADDRESS + "\n"
                        + "aftersales.public.rate.per-token=" + PER_TOKEN + "\n"
                        + "aftersales.public.rate.window-seconds=3600\n"
                        + "aftersales.public.trusted-proxies=192.0.2.10\n"),
                CONFIG);
        return war;
    }

    @ArquillianResource
    URL base;

    private Api as(String user) {
        return Api.as(base, user, user);
    }

    private Api anonymous() {
        return Api.anonymous(base);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private long projectId(String code) {
        JsonObject page = as("erp").get("projects?q=" + code).json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long engineerId(String username) {
        Instant from = now();
        Api.Reply board = as("leader").get("dispatch/engineers?from=" + from + "&to=" + from.plus(Duration.ofHours(1)));
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(board.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(engineer -> engineer.getString("username").equals(username))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** A service request on a demo project, confirmed as on-site work, engineer2 dispatched years ahead. */
    private String dispatchedCase() {
        Instant received = now().minus(Duration.ofHours(2));
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":" + projectId("WTP-2025-003")
                                + ",\"channel\":\"HOTLINE\",\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"刘明\","
                                + "\"receivedAt\":\"" + received + "\",\"description\":\"3号提升泵漏水\","
                                + "\"majorMatter\":true}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String path = "cases/" + registered.json().getJsonNumber("id");
        Api.Reply confirmed = as("specialist")
                .post(path + "/on-site-confirmation", "{\"at\":\"" + received.plus(Duration.ofHours(1)) + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        Instant from = now().plus(Duration.ofDays(3000L + 2L * WINDOWS.incrementAndGet()));
        Api.Reply proposed = as("specialist")
                .post(
                        path + "/dispatch-proposal",
                        "{\"engineerIds\":[" + engineerId("engineer2") + "],\"plannedFrom\":\"" + from
                                + "\",\"plannedTo\":\"" + from.plus(Duration.ofHours(4)) + "\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        Api.Reply approved = as("leader").post(path + "/dispatch-approval", "{\"approve\":true}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Api.Reply agreed = as("engineer2")
                .post(
                        path + "/visit-agreement",
                        "{\"agreedArrivalAt\":\"" + from.plus(Duration.ofHours(1))
                                + "\",\"ownerCooperation\":\"业主停泵断电\"}");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        return path;
    }

    /** A consultation answered and closed {@code closedAgo} ago (received a day before that). */
    private String closedCase(Duration closedAgo) {
        Instant closed = now().minus(closedAgo);
        Instant received = closed.minus(Duration.ofDays(1));
        Api.Reply registered = as("erp")
                .post(
                        "cases",
                        "{\"projectId\":" + projectId("WTP-2025-003") + ",\"channel\":\"PHONE\","
                                + "\"type\":\"CONSULTATION\",\"reporterName\":\"黄经理\",\"receivedAt\":\"" + received
                                + "\",\"description\":\"询问加药泵的保养周期\",\"lateReason\":\"补录历史来电\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String path = "cases/" + registered.json().getJsonNumber("id");
        Api.Reply done = as("erp")
                .post(
                        path + "/close",
                        "{\"at\":\"" + closed + "\",\"answer\":\"每运行2000小时保养一次\",\"lateReason\":\"补录历史来电\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return path;
    }

    private JsonObject link(String casePath) {
        Api.Reply made = as("specialist").post(casePath + "/owner-link", "{}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json();
    }

    private Api.Reply open(String token) {
        return anonymous().get("public/cases/" + token);
    }

    @Test
    @Order(1)
    @DisplayName("issue 16 owner's link: made by the specialist (201, token shown once, url, expiresAt null while"
            + " open), read without an account: number, status, project, engineer's name, planned window, agreed"
            + " arrival, clocks — and no cost booked on the case, no ids; finance (no case work) may not make one")
    void showsWhatTheOwnerMaySee() {
        String path = dispatchedCase();
        Api.Reply cost = as("engineer")
                .post(path + "/costs", "{\"category\":\"TRAVEL\",\"description\":\"出租车内部\",\"amount\":\"4321.98\"}");
        assertThat(cost.status()).as(cost.toString()).isEqualTo(201);
        JsonObject caseJson = as("erp").get(path).json();

        JsonObject made = link(path);
        String token = made.getString("token");
        assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
        assertThat(made.getString("url")).endsWith("/api/public/cases/" + token);
        assertThat(made.isNull("expiresAt")).isTrue();
        assertThat(as("finance").post(path + "/owner-link", "{}").status()).isEqualTo(403);

        Api.Reply shown = open(token);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        JsonObject view = shown.json();
        assertThat(view.getString("number")).isEqualTo(caseJson.getString("number"));
        assertThat(view.getString("status")).isEqualTo("DISPATCHED");
        assertThat(view.getString("statusLabel")).isNotBlank();
        assertThat(view.getString("projectName")).isNotBlank();
        assertThat(view.getJsonObject("visit").getJsonArray("engineers").getString(0))
                .isEqualTo("赵工（售后服务人员）");
        assertThat(view.getJsonObject("visit").getString("agreedArrivalAt")).isNotBlank();
        assertThat(view.getJsonArray("clocks")).isNotEmpty();
        assertThat(view.getJsonArray("clocks").getJsonObject(0).getString("state"))
                .isNotBlank();
        assertThat(shown.body())
                .doesNotContain("4321")
                .doesNotContain("出租车内部")
                .doesNotContain("\"id\"")
                .doesNotContain("engineer2")
                .doesNotContain("cost");
    }

    @Test
    @Order(2)
    @DisplayName("issue 16 owner's link: a second link revokes the first — the old token answers 404, the new one 200;"
            + " the timeline says a link was made; an Idempotency-Key replays no token; DELETE revokes the case's link")
    void newLinkRevokesOld() {
        String path = closedCase(Duration.ofHours(1));
        String first = link(path).getString("token");
        assertThat(open(first).status()).isEqualTo(200);
        String second = link(path).getString("token");
        assertThat(open(first).status()).isEqualTo(404);
        assertThat(open(second).status()).isEqualTo(200);
        revokedToken = first;
        // An Idempotency-Key does not replay the answer (its token is never stored): each request makes a new link.
        String key = "owner-link-" + System.nanoTime();
        Api.Reply once = as("specialist").post(path + "/owner-link", "{}", key);
        Api.Reply again = as("specialist").post(path + "/owner-link", "{}", key);
        assertThat(once.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().getString("token")).isNotEqualTo(once.json().getString("token"));
        assertThat(as("erp").get(path).json().getJsonArray("timeline").stream()
                        .filter(line -> line.asJsonObject().getString("kind").equals("OWNER_LINK_MADE"))
                        .count())
                .isEqualTo(4);
        // Revoked from the case without a new link: the last token answers 404 like an unknown one; finance may not.
        String last = again.json().getString("token");
        assertThat(as("finance").delete(path + "/owner-link").status()).isEqualTo(403);
        Api.Reply revoked = as("specialist").delete(path + "/owner-link");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertThat(open(last).status()).isEqualTo(404);
        assertThat(as("erp").get(path).json().getJsonArray("timeline").stream()
                        .filter(line -> line.asJsonObject().getString("kind").equals("OWNER_LINK_REVOKED"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    @DisplayName("issue 16 owner's link: closed case → expiresAt = closedAt + 30 days; a case closed 31 days ago"
            + " makes a link that is already expired: 404 with the same body as an unknown and a revoked token")
    void closedCaseExpiresAndUnknownIsAlike() {
        String path = closedCase(Duration.ofHours(2));
        Instant closedAt = Instant.parse(as("erp").get(path).json().getString("closedAt"));
        JsonObject made = link(path);
        assertThat(Instant.parse(made.getString("expiresAt"))).isEqualTo(closedAt.plus(Duration.ofDays(30)));
        assertThat(open(made.getString("token")).status()).isEqualTo(200);

        String old = closedCase(Duration.ofDays(31));
        JsonObject expired = link(old);
        assertThat(Instant.parse(expired.getString("expiresAt"))).isBefore(Instant.now());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Api.Reply unknown = open(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        Api.Reply gone = open(expired.getString("token"));
        Api.Reply revoked = open(revokedToken);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo(unknown.body());
        assertThat(revoked.body()).isEqualTo(unknown.body());
    }

    @Test
    @Order(4)
    @DisplayName("issue 16 Tokens: one token is read " + PER_TOKEN + " times a window, then 429 problem+json with"
            + " Retry-After")
    void perTokenLimit() {
        String token = link(dispatchedCase()).getString("token");
        for (int i = 0; i < PER_TOKEN; i++) {
            assertThat(open(token).status()).isEqualTo(200);
        }
        Api.Reply refused = open(token);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.json().getInt("status")).isEqualTo(429);
    }

    @Test
    @Order(5)
    @DisplayName("issue 16 Tokens: X-Forwarded-For is ignored from an address that is no trusted proxy — requests"
            + " naming a new forwarded address each time still count against the one real address: 429 within "
            + PER_ADDRESS + " requests")
    void forwardedForIgnoredFromUntrustedAddress() throws Exception {
        SecureRandom random = new SecureRandom();
        URI root = URI.create(base.toString().replaceAll("/+$", "") + "/api/public/cases/");
        int answered = 0;
        HttpResponse<String> reply = null;
        for (int i = 0; i <= PER_ADDRESS; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            reply = HTTP.send(
                    HttpRequest.newBuilder(root.resolve(token))
                            .header("Accept", "application/json")
                            .header("X-Forwarded-For", "203.0.113." + (i % 250) + ", 192.0.2.10")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 429) {
                break;
            }
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(404);
            answered++;
        }
        assertThat(reply.statusCode())
                .as("refused after " + answered + " requests")
                .isEqualTo(429);
        assertThat(answered).isLessThan(PER_ADDRESS);
        assertThat(reply.headers().firstValue("Retry-After")).isPresent();
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
