package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, webhooks, on Payara Micro and PostgreSQL: a receiver in the test (an {@link HttpServer} on a random
 * loopback port) gets the change log's events signed, again until it acknowledges them, in order per case, and a dead
 * letter is shown and retried. Its own deployment: the built WAR with {@code aftersales.webhooks.allow-private=true}
 * (the receiver is on 127.0.0.1), a round every second and a back-off from one second, set in the WAR's
 * {@code microprofile-config.properties} — the other tests' deployment keeps private addresses refused
 * ({@code ChangeLogIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final String SECRET = "whsec-it-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive war = Deployments.aftersalesWar();
        String config;
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        war.delete(CONFIG);
        war.add(
                new StringAsset(config + "\naftersales.webhooks.allow-private=true\n"
                        + "aftersales.webhooks.interval-seconds=1\naftersales.webhooks.retry-base-seconds=1\n"),
                CONFIG);
        return war;
    }

    @ArquillianResource
    URL base;

    private Receiver receiver;
    private Long subscription;

    /** One request the receiver got, and what it answered. */
    record Received(String body, JsonObject event, String signature, int answered) {}

    /** The ERP's side: answers each event as {@code plan} says, keeps everything it got. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final List<Received> got = new CopyOnWriteArrayList<>();
        volatile ToIntFunction<Received> plan = r -> 200;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    body = bytes.toString(StandardCharsets.UTF_8);
                }
                JsonObject event = Json.createReader(new StringReader(body)).readObject();
                String signature = exchange.getRequestHeaders().getFirst("X-Aftersales-Signature");
                int status = plan.applyAsInt(new Received(body, event, signature, 0));
                got.add(new Received(body, event, signature, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        /** What it got about the case {@code caseId}, in the order it got it. */
        List<Received> about(long caseId) {
            return got.stream()
                    .filter(r -> r.event().getString("resource").endsWith("/api/cases/" + caseId))
                    .toList();
        }

        long timesGot(long eventId) {
            return got.stream()
                    .filter(r -> r.event().getJsonNumber("id").longValue() == eventId)
                    .count();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private Api admin() {
        return Api.as(base, "admin", "admin");
    }

    private Api erp() {
        return Api.as(base, "erp", "erp");
    }

    private void subscribe(String... kinds) throws IOException {
        receiver = new Receiver();
        String list = String.join(
                ",", java.util.Arrays.stream(kinds).map(k -> "\"" + k + "\"").toList());
        Api.Reply created = admin().post(
                        "webhooks",
                        "{\"url\":\"" + receiver.url() + "\",\"kinds\":[" + list + "],\"secret\":\"" + SECRET + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().containsKey("secret")).isFalse();
        subscription = created.json().getJsonNumber("id").longValue();
    }

    @AfterEach
    void unsubscribe() {
        if (subscription != null) {
            assertThat(admin().delete("webhooks/" + subscription).status()).isEqualTo(204);
            assertThat(admin().get("webhooks/" + subscription).status()).isEqualTo(404);
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    /** Registers a consultation call on a demo project: one CASE_REGISTERED event. */
    private long register() {
        JsonObject page = erp().get("projects?q=WTP-2025-003").json();
        long projectId =
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply created = erp().post(
                        "cases",
                        "{\"projectId\":" + projectId + ",\"channel\":\"PHONE\",\"type\":\"CONSULTATION\","
                                + "\"reporterName\":\"黄经理\",\"receivedAt\":\"" + minutesAgo(60) + "\","
                                + "\"description\":\"询问加药泵的保养周期\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Closes the case with an answer: one CASE_CLOSED event. */
    private void close(long caseId) {
        Api.Reply closed = erp().post(
                        "cases/" + caseId + "/close",
                        "{\"at\":\"" + minutesAgo(5) + "\",\"answer\":\"每运行2000小时保养一次\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private List<JsonObject> deliveries(String status) {
        Api.Reply page =
                admin().get("webhooks/" + subscription + "/deliveries" + (status == null ? "" : "?status=" + status));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject deliveryOf(long eventId) {
        return deliveries(null).stream()
                .filter(d -> d.getJsonNumber("eventId").longValue() == eventId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no delivery of event " + eventId));
    }

    /** The signature checked as a receiver would, with javax.crypto: v1 = hex HMAC-SHA256 of "t.body". */
    private static void assertSigned(Received received) throws Exception {
        assertThat(received.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = received.signature().substring(2, received.signature().indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of().formatHex(mac.doFinal((t + "." + received.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(received.signature()).endsWith(",v1=" + expected);
        assertThat(Long.parseLong(t))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(120L));
    }

    @Test
    @DisplayName("issue 17: a receiver that fails three times then succeeds gets the event again each time, then"
            + " acknowledges it — delivered once acknowledged, not again; each delivery is signed (verified with"
            + " javax.crypto) and is the event as GET /events gives it")
    void retriedUntilAcknowledged() throws Exception {
        subscribe("CASE_REGISTERED");
        receiver.plan = r -> receiver.timesGot(r.event().getJsonNumber("id").longValue()) < 3 ? 500 : 200;

        long caseId = register();
        await(
                "four deliveries of the registration",
                () -> receiver.about(caseId).size() >= 4);
        Thread.sleep(4_000); // several more rounds: an acknowledged event is not sent again

        List<Received> got = receiver.about(caseId);
        assertThat(got).extracting(Received::answered).containsExactly(500, 500, 500, 200);
        assertThat(got).extracting(Received::body).containsOnly(got.get(0).body());
        for (Received received : got) {
            assertSigned(received);
        }
        JsonObject event = got.get(0).event();
        long eventId = event.getJsonNumber("id").longValue();
        JsonObject listed = erp().get("events?size=500&after=" + (eventId - 1))
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(event.keySet()).isEqualTo(listed.keySet());
        assertThat(event.getJsonNumber("id")).isEqualTo(listed.getJsonNumber("id"));
        assertThat(event.getString("kind")).isEqualTo("CASE_REGISTERED").isEqualTo(listed.getString("kind"));
        assertThat(event.getString("at")).isEqualTo(listed.getString("at"));
        assertThat(event.getString("resource")).endsWith("/aftersales/api/cases/" + caseId);
        assertThat(listed.getString("resource")).endsWith("/aftersales/api/cases/" + caseId);

        JsonObject delivery = deliveryOf(eventId);
        assertThat(delivery.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivery.getInt("attempts")).isEqualTo(4);
        Api.Reply log =
                admin().get("webhooks/" + subscription + "/deliveries/" + delivery.getJsonNumber("id") + "/attempts");
        assertThat(Json.createReader(new StringReader(log.body())).readArray().getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("statusCode"))
                .containsExactly(500, 500, 500, 200);
    }

    @Test
    @DisplayName("issue 17: in order per resource — a case's closing is not delivered while its registration is"
            + " unacknowledged, and follows it once it is")
    void inOrderPerCase() throws Exception {
        subscribe("CASE_REGISTERED", "CASE_CLOSED");
        receiver.plan = r -> r.event().getString("kind").equals("CASE_REGISTERED")
                        && receiver.timesGot(r.event().getJsonNumber("id").longValue()) < 2
                ? 503
                : 200;

        long caseId = register();
        close(caseId);
        await(
                "the closing delivered",
                () -> receiver.about(caseId).stream()
                        .anyMatch(r -> r.event().getString("kind").equals("CASE_CLOSED") && r.answered() == 200));

        assertThat(receiver.about(caseId))
                .extracting(r -> r.event().getString("kind") + " " + r.answered())
                .containsExactly(
                        "CASE_REGISTERED 503", "CASE_REGISTERED 503", "CASE_REGISTERED 200", "CASE_CLOSED 200");
    }

    @Test
    @DisplayName("issue 17: an event undelivered 24 h after its first attempt is a dead letter (listed), releases its"
            + " case's queue, and is delivered again when retried by hand (the 24 h passed by backdating its first"
            + " attempt in the database: the server's clock cannot be moved from a test)")
    void deadLetter() throws Exception {
        subscribe("CASE_REGISTERED", "CASE_CLOSED");
        receiver.plan = r -> r.event().getString("kind").equals("CASE_REGISTERED") ? 503 : 200;
        long caseId = register();
        await("a first failed attempt", () -> !receiver.about(caseId).isEmpty());
        long eventId = receiver.about(caseId).get(0).event().getJsonNumber("id").longValue();
        long deliveryId = deliveryOf(eventId).getJsonNumber("id").longValue();
        close(caseId);
        Thread.sleep(2_000);
        assertThat(receiver.about(caseId))
                .as("the closing waits behind the undelivered registration")
                .allSatisfy(r -> assertThat(r.event().getString("kind")).isEqualTo("CASE_REGISTERED"));

        try (Connection sql = TestDatabase.connect();
                PreparedStatement backdate = sql.prepareStatement("UPDATE webhook_delivery"
                        + " SET first_attempt_at = first_attempt_at - INTERVAL '25 hours' WHERE id = ?")) {
            backdate.setLong(1, deliveryId);
            assertThat(backdate.executeUpdate()).isEqualTo(1);
        }
        await(
                "the dead letter",
                () -> deliveries("DEAD").stream()
                        .anyMatch(d -> d.getJsonNumber("eventId").longValue() == eventId));
        await(
                "the closing delivered once the queue is released",
                () -> receiver.about(caseId).stream()
                        .anyMatch(r -> r.event().getString("kind").equals("CASE_CLOSED") && r.answered() == 200));
        assertThat(deliveryOf(eventId).getString("status")).isEqualTo("DEAD");
        assertThat(deliveryOf(eventId).getInt("lastStatus")).isEqualTo(503);

        receiver.plan = r -> 200;
        Api.Reply retried = admin().post("webhooks/" + subscription + "/deliveries/" + deliveryId + "/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        await(
                "the retried dead letter delivered",
                () -> deliveryOf(eventId).getString("status").equals("DELIVERED"));
        assertThat(receiver.about(caseId)
                        .get(receiver.about(caseId).size() - 1)
                        .event()
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(eventId);
        Api.Reply again = admin().post("webhooks/" + subscription + "/deliveries/" + deliveryId + "/retry", "");
        assertThat(again.status()).as("only a dead letter is retried").isEqualTo(422);
    }

    @Test
    @DisplayName("issue 17: subscriptions are the administrator's: the ERP gets 403; a non-http address, no kinds or"
            + " a short secret are refused with 422 naming each field")
    void subscriptionsRefused() {
        assertThat(erp().get("webhooks").status()).isEqualTo(403);
        assertThat(erp().post(
                                "webhooks",
                                "{\"url\":\"http://127.0.0.1:1/hook\",\"kinds\":[\"CASE_CLOSED\"]," + "\"secret\":\""
                                        + SECRET + "\"}")
                        .status())
                .isEqualTo(403);

        Api.Reply refused =
                admin().post("webhooks", "{\"url\":\"ftp://127.0.0.1/hook\",\"kinds\":[],\"secret\":\"short\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("url", "kinds", "secret");
    }

    @Test
    @DisplayName("issue 17: the administrator's webhook page lists the subscription, the delivery log (time, status"
            + " code) and the dead letters, in Chinese; other roles get 403")
    void adminPage() throws Exception {
        subscribe("CASE_REGISTERED");
        receiver.plan = r -> 502;
        long caseId = register();
        await("a failed attempt", () -> !receiver.about(caseId).isEmpty());
        await("the attempt in the log", () -> deliveries(null).stream().anyMatch(d -> d.getInt("attempts") > 0));

        java.net.http.HttpResponse<String> page = Portal.login(base, "admin").get("/admin/webhooks.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(receiver.url())
                .contains("推送记录")
                .contains("死信")
                .contains("案件登记")
                .contains(">502<");
        assertThat(Portal.login(base, "engineer").get("/admin/webhooks.xhtml").statusCode())
                .isEqualTo(403);
    }
}
