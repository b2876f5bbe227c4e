package org.aftersales.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Role;
import org.aftersales.testing.SettableClock;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, webhooks: queueing, claiming, sending, retrying and the dead letter on H2, with the clock moved by hand
 * (the container's job runs the same {@link WebhookDispatcher#deliverDue} every few seconds).
 */
class WebhookDispatcherTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");
    private static final String SECRET = "whsec-0123456789abcdef";
    private static final String HOOK = "http://127.0.0.1:9999/hook";

    private final TestDatabase database = TestDatabase.migrated("webhooks");
    private final SettableClock clock = new SettableClock(MONDAY, ZoneId.of("Asia/Shanghai"));
    private final WebhookSettings settings =
            new WebhookSettings(true, 30, "https://aftersales.example.com/aftersales/");
    private final Receiver receiver = new Receiver();

    @AfterEach
    void close() {
        database.close();
    }

    /** A receiver that answers what the test planned, then 200; it keeps what it got. */
    static final class Receiver implements WebhookSender {
        final List<String> bodies = new ArrayList<>();
        final List<String> signatures = new ArrayList<>();
        final Deque<Integer> planned = new ArrayDeque<>();
        boolean down;

        @Override
        public Answer post(URI url, String signature, String body) {
            bodies.add(body);
            signatures.add(signature);
            if (down) {
                return new Answer(null, "ConnectException: Connection refused");
            }
            return new Answer(planned.isEmpty() ? 200 : planned.poll(), null);
        }
    }

    private WebhookService service() {
        return new WebhookService(
                database.em(), clock, new TestCaller(null, Role.ADMIN), settings, InetAddress::getAllByName);
    }

    private WebhookDispatcher dispatcher(EntityManager em) {
        return new WebhookDispatcher(em, clock, settings, receiver);
    }

    private static WebhookDispatcher.Transactions on(EntityManager em) {
        return new WebhookDispatcher.Transactions() {
            @Override
            public <T> T inNew(Supplier<T> work) {
                return TestDatabase.inTransaction(em, work);
            }
        };
    }

    private int run() {
        return dispatcher(database.em()).deliverDue(on(database.em()));
    }

    private long event(ChangeKind kind, String resource) {
        return database.inTransaction(() ->
                new ChangeLog(database.em(), clock).record(kind, resource, null).getId());
    }

    private WebhookSubscription subscribe(ChangeKind... kinds) {
        return database.inTransaction(() -> service()
                .subscribe(HOOK, java.util.Arrays.stream(kinds).map(Enum::name).toList(), SECRET));
    }

    private List<WebhookDelivery> deliveries(DeliveryStatus status) {
        return database.inTransaction(
                () -> service().deliveries(null, status, PageRequest.first(100)).items());
    }

    private static long idOf(String body) {
        return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    private void later(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    @Test
    @DisplayName("issue 17: a receiver that fails three times then succeeds gets the event again each time (after"
            + " 30 s, 1 min, 2 min), then acknowledges it: delivered once acknowledged, never again")
    void retriedUntilAcknowledged() {
        subscribe(ChangeKind.CASE_CLOSED);
        long closed = event(ChangeKind.CASE_CLOSED, "cases/42");
        receiver.planned.addAll(List.of(500, 503, 404));

        assertThat(run()).isZero();
        later(Duration.ofSeconds(29));
        run();
        assertThat(receiver.bodies).as("not before its back-off").hasSize(1);
        later(Duration.ofSeconds(1));
        run();
        later(Duration.ofMinutes(1));
        run();
        later(Duration.ofMinutes(2));
        assertThat(run()).isEqualTo(1);
        later(Duration.ofHours(2));
        run();

        assertThat(receiver.bodies)
                .hasSize(4)
                .allSatisfy(body -> assertThat(idOf(body)).isEqualTo(closed));
        assertThat(receiver.bodies.get(0))
                .isEqualTo("{\"at\":\"2026-12-07T02:00:00Z\",\"id\":" + closed + ",\"kind\":\"CASE_CLOSED\","
                        + "\"resource\":\"https://aftersales.example.com/aftersales/api/cases/42\"}");
        WebhookDelivery delivery = deliveries(null).get(0);
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.getAttempts()).isEqualTo(4);
        List<WebhookAttempt> log = database.inTransaction(() -> service().attempts(delivery.getId()));
        assertThat(log).extracting(WebhookAttempt::getStatusCode).containsExactly(500, 503, 404, 200);
        assertThat(log)
                .extracting(WebhookAttempt::getAttemptedAt)
                .containsExactly(MONDAY, MONDAY.plusSeconds(30), MONDAY.plusSeconds(90), MONDAY.plusSeconds(210));
        // Each attempt is signed at its own time: t is the attempt's.
        assertThat(receiver.signatures.get(1))
                .startsWith("t=" + MONDAY.plusSeconds(30).getEpochSecond() + ",v1=")
                .isEqualTo(WebhookSignature.header(
                        SECRET, MONDAY.plusSeconds(30).getEpochSecond(), receiver.bodies.get(1)));
    }

    @Test
    @DisplayName("issue 17: in order per resource — a case's later event waits while its earlier one is unacknowledged;"
            + " another case's event is not held up")
    void inOrderPerResource() {
        subscribe(ChangeKind.CASE_REGISTERED, ChangeKind.CASE_CLOSED);
        long registered = event(ChangeKind.CASE_REGISTERED, "cases/1");
        long closed = event(ChangeKind.CASE_CLOSED, "cases/1");
        long other = event(ChangeKind.CASE_REGISTERED, "cases/2");
        receiver.planned.add(500);

        run();
        assertThat(receiver.bodies).extracting(WebhookDispatcherTest::idOf).containsExactly(registered, other);

        later(Duration.ofSeconds(30));
        run();
        assertThat(receiver.bodies)
                .extracting(WebhookDispatcherTest::idOf)
                .containsExactly(registered, other, registered, closed);
        assertThat(deliveries(DeliveryStatus.DELIVERED)).hasSize(3);
    }

    @Test
    @DisplayName("issue 17: after 24 h undelivered the event is a dead letter (shown, retried by hand) and releases its"
            + " resource's queue; a retried dead letter is sent again")
    void deadLetterAfterTwentyFourHours() {
        subscribe(ChangeKind.CASE_REGISTERED, ChangeKind.CASE_CLOSED);
        long registered = event(ChangeKind.CASE_REGISTERED, "cases/7");
        long closed = event(ChangeKind.CASE_CLOSED, "cases/7");
        receiver.down = true;

        run();
        for (int hour = 1; hour < 24; hour++) {
            clock.set(MONDAY.plus(Duration.ofHours(hour)));
            run();
        }
        assertThat(deliveries(DeliveryStatus.DEAD)).isEmpty();
        assertThat(receiver.bodies)
                .as("only the first event is tried while it is pending")
                .allSatisfy(body -> assertThat(idOf(body)).isEqualTo(registered));
        int tries = receiver.bodies.size();

        receiver.down = false;
        clock.set(MONDAY.plus(Duration.ofHours(24)));
        receiver.planned.add(500); // the last try inside the window fails: the event dies
        run();

        List<WebhookDelivery> dead = deliveries(DeliveryStatus.DEAD);
        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.getEventId()).isEqualTo(registered);
            assertThat(letter.getLastStatus()).isEqualTo(500);
            assertThat(letter.getFinishedAt()).isEqualTo(MONDAY.plus(Duration.ofHours(24)));
        });
        assertThat(receiver.bodies.subList(tries, receiver.bodies.size()))
                .as("the dead letter released the case's queue: its next event went out")
                .extracting(WebhookDispatcherTest::idOf)
                .containsExactly(registered, closed);

        database.inTransaction(() -> service().retry(dead.get(0).getId()));
        run();
        assertThat(idOf(receiver.bodies.get(receiver.bodies.size() - 1))).isEqualTo(registered);
        assertThat(deliveries(DeliveryStatus.DELIVERED)).hasSize(2);
        assertThatThrownBy(() ->
                        database.inTransaction(() -> service().retry(dead.get(0).getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("webhook.error.notDead");
    }

    @Test
    @DisplayName("issue 17: in a cluster one instance sends a delivery — a second instance finds it claimed and the"
            + " events queued once")
    void oneInstanceDelivers() {
        subscribe(ChangeKind.CASE_CLOSED);
        event(ChangeKind.CASE_CLOSED, "cases/3");
        EntityManager other = database.newEntityManager();
        WebhookDispatcher first = dispatcher(database.em());
        WebhookDispatcher second = dispatcher(other);

        database.inTransaction(first::queue);
        assertThat(TestDatabase.inTransaction(other, second::queue)).isZero();
        List<Long> due = database.inTransaction(first::due);
        assertThat(database.inTransaction(() -> first.claim(due.get(0)))).isPresent();

        assertThat(TestDatabase.inTransaction(other, () -> second.claim(due.get(0))))
                .isEmpty();
        assertThat(second.deliverDue(on(other))).isZero();
        assertThat(receiver.bodies).isEmpty();

        later(WebhookDispatcher.LEASE.plusSeconds(1));
        assertThat(second.deliverDue(on(other)))
                .as("a lease that ran out passes it on")
                .isEqualTo(1);
        other.close();
    }

    @Test
    @DisplayName("issue 17: a subscription gets the events of its kinds recorded after it was made, not earlier ones")
    void onlyItsKindsFromNowOn() {
        event(ChangeKind.CASE_CLOSED, "cases/1");
        subscribe(ChangeKind.CASE_CLOSED);
        event(ChangeKind.CASE_REGISTERED, "cases/2");
        long closed = event(ChangeKind.CASE_CLOSED, "cases/2");

        run();

        assertThat(receiver.bodies).extracting(WebhookDispatcherTest::idOf).containsExactly(closed);
    }

    @Test
    @DisplayName("issue 17: a subscription is refused with every wrong field (url, kinds, secret), and only the"
            + " administrator may subscribe")
    void subscriptionRefusals() {
        WebhookService strict = new WebhookService(
                database.em(),
                clock,
                new TestCaller(null, Role.ADMIN),
                new WebhookSettings(false, 30, "http://localhost/"),
                InetAddress::getAllByName);

        assertThatThrownBy(() -> database.inTransaction(
                        () -> strict.subscribe("http://127.0.0.1:8080/hook", List.of("NO_SUCH_KIND"), "short")))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refused -> assertThat(refused.getRefusals())
                                .extracting(BusinessException::getField, BusinessException::getMessageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("url", "webhook.error.urlPrivate"),
                                        org.assertj.core.groups.Tuple.tuple("kinds", "webhook.error.kindUnknown"),
                                        org.assertj.core.groups.Tuple.tuple("secret", "webhook.error.secretLength")));

        WebhookService engineer = new WebhookService(
                database.em(),
                clock,
                new TestCaller(null, Role.AFTER_SALES_ENGINEER, Role.INTEGRATION),
                settings,
                InetAddress::getAllByName);
        assertThatThrownBy(() -> database.inTransaction(() -> engineer.subscribe(HOOK, List.of("CASE_CLOSED"), SECRET)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Set.copyOf(subscribe(ChangeKind.CASE_CLOSED).getKinds())).containsExactly(ChangeKind.CASE_CLOSED);
    }

    @Test
    @DisplayName("issue 17: the delivery log is kept like the events, 90 days")
    void logKeptNinetyDays() {
        subscribe(ChangeKind.CASE_CLOSED);
        event(ChangeKind.CASE_CLOSED, "cases/5");
        run();
        later(Duration.ofDays(89));
        assertThat(database.inTransaction(() -> service().purge())).isZero();
        later(Duration.ofDays(2));
        event(ChangeKind.CASE_CLOSED, "cases/6");
        run();

        assertThat(database.inTransaction(() -> service().purge())).isEqualTo(1);
        assertThat(deliveries(null)).extracting(WebhookDelivery::getResource).containsExactly("cases/6");
        assertThat(database.count("webhook_attempt")).isEqualTo(1);
    }
}
