package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.notification.NotificationFixtures;
import org.aftersales.notification.NotificationKind;
import org.aftersales.notification.OutgoingMail;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The breach sweep (R-S5) against the migrated schema (H2). A service request received 2026-03-09 09:00 Shanghai owes
 * its reply by 2026-03-10 09:00; "now" is 10:00, an hour later.
 */
class BreachSweepTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);

    private TestDatabase database;
    private Project plant;
    private final RecordingEvent<OutgoingMail> mails = new RecordingEvent<>();

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("breachsweep");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        AppUser specialist = new AppUser("specialist", "售后专责", "hash", Set.of(Role.AFTER_SALES_SPECIALIST));
        specialist.changeEmail("specialist@example.com");
        database.saved(specialist);
        database.saved(new AppUser("leader", "分管领导", "hash", Set.of(Role.DIVISION_LEADER)));
        database.saved(new AppUser("gm", "总经理", "hash", Set.of(Role.GENERAL_MANAGER)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static Caller system() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private BreachSweep sweep(EntityManager em) {
        BreachSweep sweep = new BreachSweep();
        sweep.em = em;
        sweep.clock = CLOCK;
        sweep.changeLog = new ChangeLog(sweep.em, CLOCK);
        sweep.config = CaseFixtures.config(SHANGHAI);
        sweep.notifications = NotificationFixtures.notificationService(em, system(), CLOCK, mails);
        return sweep;
    }

    /** A call registered as it came in (entered when received: no late entry). */
    private ServiceCase register(String receivedAt, CaseType type) {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(), system(), Clock.fixed(Instant.parse(receivedAt), CLOCK.getZone()));
        return database.inTransaction(() -> cases.register(new CaseIntake(
                plant.getId(), null, Channel.PHONE, type, "王工", Instant.parse(receivedAt), "出水浊度超标", false, false)));
    }

    /** What the sweep notified: the routing of each case at its registration (R-S2) is not the sweep's. */
    private List<Object[]> notifications() {
        database.em().clear();
        return database.inTransaction(() -> database.em()
                .createQuery(
                        "select n.recipient.username, n.kind, n.caseNumber from Notification n"
                                + " where n.kind <> :routed order by n.recipient.username",
                        Object[].class)
                .setParameter("routed", NotificationKind.CASE_ROUTED)
                .getResultList());
    }

    @Test
    @DisplayName("R-S5 the sweep marks a breached clock, notifies the responsible specialist, escalates to the division"
            + " leader, and mails after the commit")
    void marksNotifiesEscalates() {
        ServiceCase late = register("2026-03-09T01:00:00Z", CaseType.SERVICE_REQUEST);
        register("2026-03-10T01:00:00Z", CaseType.SERVICE_REQUEST); // due tomorrow: running
        register("2026-03-09T01:00:00Z", CaseType.CONSULTATION); // no reply clock

        int notified = database.inTransaction(() -> sweep(database.em()).sweep());

        assertThat(notified).isEqualTo(1);
        assertThat(notifications())
                .extracting(row -> row[0] + " " + row[1] + " " + row[2])
                .containsExactly(
                        "leader BREACH_ESCALATED " + late.getNumber(), "specialist CLOCK_BREACHED " + late.getNumber());
        ServiceCase read = database.inTransaction(() -> database.em().find(ServiceCase.class, late.getId()));
        assertThat(read.clock(ClockKind.REPLY).orElseThrow().getBreachNotifiedAt())
                .isEqualTo(NOW);
        assertThat(mails.fired()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("specialist@example.com");
            assertThat(mail.subject()).contains(late.getNumber());
            assertThat(mail.body()).contains("答复业主").contains("2026-03-10 09:00");
        });
    }

    @Test
    @DisplayName("R-S5 the sweep is idempotent: a breach is notified once; a met or closed case's clock not at all")
    void idempotent() {
        register("2026-03-09T01:00:00Z", CaseType.SERVICE_REQUEST);
        ServiceCase met = register("2026-03-09T01:00:00Z", CaseType.SERVICE_REQUEST);
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), system(), CLOCK);
        database.inTransaction(() -> cases.recordReply(met.getId(), Instant.parse("2026-03-10T01:30:00Z"), null));

        int first = database.inTransaction(() -> sweep(database.em()).sweep());
        int second = database.inTransaction(() -> sweep(database.em()).sweep());

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(notifications()).hasSize(2);
    }

    @Test
    @DisplayName("R-S5 two sweeps at the same moment (two instances) notify a breach once")
    void concurrentSweepsNotifyOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            register("2026-03-09T01:00:00Z", CaseType.SERVICE_REQUEST);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> {
                EntityManager em = database.newEntityManager();
                EntityTransaction transaction = em.getTransaction();
                try {
                    BreachSweep sweep = sweep(em);
                    start.await();
                    transaction.begin();
                    int notified = sweep.sweep();
                    transaction.commit();
                    return notified;
                } finally {
                    if (transaction.isActive()) {
                        transaction.rollback();
                    }
                    em.close();
                }
            };
            Future<Integer> a = pool.submit(instance);
            Future<Integer> b = pool.submit(instance);
            start.countDown();
            int total = a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        List<Object[]> rows = notifications();
        assertThat(rows).hasSize(10);
        assertThat(rows.stream()
                        .filter(row -> row[1] == NotificationKind.CLOCK_BREACHED)
                        .map(row -> row[2])
                        .distinct())
                .hasSize(5);
        assertThat(database.inTransaction(() -> sweep(database.em()).sweep())).isZero();
    }
}
