package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractKind;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.policy.PolicyKey;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
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
 * The service-case use cases against the migrated schema (H2), outside a container. Both projects were handed over
 * provisionally on 2024-12-01 and formally on 2025-03-01 with 12 months of warranty: the last day covered is
 * 2026-03-01. "Now" is 2026-03-10 10:00 Shanghai.
 */
class ServiceCaseServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private static final AftersalesConfig CONFIG = new AftersalesConfig() {
        @Override
        public ZoneId zone() {
            return SHANGHAI;
        }
    };

    private TestDatabase database;
    private Clock clock = Clock.fixed(NOW, SHANGHAI);
    private Department east;
    private Project eastPlant;
    private Project westPlant;
    private EquipmentItem eastPump;
    private EquipmentItem eastScreen;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("servicecases");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
        eastPump = database.saved(item(eastPlant, "P-101"));
        eastScreen = database.saved(item(eastPlant, "SCR-101"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static EquipmentItem item(Project project, String tag) {
        return new EquipmentItem(
                project,
                tag,
                tag,
                Discipline.MECHANICAL,
                WorkScope.INSTALLATION,
                WarrantyCategory.EQUIPMENT_INSTALLATION);
    }

    private ServiceCaseService service(Caller caller) {
        return service(caller, database.em());
    }

    private ServiceCaseService service(Caller caller, EntityManager em) {
        ServiceCaseService service = new ServiceCaseService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.policy = PolicyFixtures.policyService(em, caller);
        service.config = CONFIG;
        service.clock = clock;
        service.changeLog = new ChangeLog(service.em, clock);
        service.notifications = CaseFixtures.notificationService(em, caller, clock, new RecordingEvent<>());
        return service;
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private static CaseIntake call(Project project, EquipmentItem item, CaseType type, String receivedAt) {
        return new CaseIntake(
                project.getId(),
                item == null ? null : item.getId(),
                Channel.PHONE,
                type,
                "王工",
                receivedAt == null ? null : Instant.parse(receivedAt),
                "出水浊度超标",
                false,
                false);
    }

    /**
     * A call registered at the hotline as it came in: entered when it was received, so that a call of days ago is no
     * late entry (a time after now stays judged at now).
     */
    private ServiceCase register(CaseIntake intake) {
        Clock now = clock;
        if (intake.receivedAt() != null && intake.receivedAt().isBefore(now.instant())) {
            clock = Clock.fixed(intake.receivedAt(), SHANGHAI);
        }
        try {
            ServiceCaseService service = service(specialist());
            return database.inTransaction(() -> service.register(intake));
        } finally {
            clock = now;
        }
    }

    /** The service as it stood at {@code at}: an act entered when it happened. */
    private ServiceCaseService serviceAt(Instant at) {
        Clock now = clock;
        clock = Clock.fixed(at, SHANGHAI);
        try {
            return service(specialist());
        } finally {
            clock = now;
        }
    }

    private ServiceCase reloaded(ServiceCase serviceCase) {
        database.em().clear();
        ServiceCaseService service = service(specialist());
        return database.inTransaction(() -> service.find(serviceCase.getId()));
    }

    private ServiceContract contract(
            String number, LocalDate from, LocalDate to, Integer arrivalHours, EquipmentItem... items) {
        ServiceContract contract =
                new ServiceContract(eastPlant, ServiceContractKind.MAINTENANCE_CONTRACT, number, from, to);
        contract.agreeArrivalHours(arrivalHours);
        contract.cover(List.of(items));
        return database.saved(contract);
    }

    // ---- register ----

    @Test
    @DisplayName(
            "R-S1 registered cases are numbered SC-2026-00001, SC-2026-00002 and read back with their clock and timeline")
    void registerNumbersAndStores() {
        ServiceCase first = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-01T15:59:00Z"));
        ServiceCase second = register(call(eastPlant, null, CaseType.CONSULTATION, null));

        assertThat(first.getNumber()).isEqualTo("SC-2026-00001");
        assertThat(second.getNumber()).isEqualTo("SC-2026-00002");
        assertThat(second.getReceivedAt()).as("received-at defaults to now").isEqualTo(NOW);

        ServiceCase read = reloaded(first);
        assertThat(read.getReceivedAt()).isEqualTo(Instant.parse("2026-03-01T15:59:00Z"));
        assertThat(read.getEquipmentItem().getTag()).isEqualTo("P-101");
        assertThat(read.getStatus()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(read.getResponsibility()).isEqualTo(Responsibility.WARRANTY);
        assertThat(read.getClocks()).singleElement().satisfies(clock -> {
            assertThat(clock.getKind()).isEqualTo(ClockKind.REPLY);
            assertThat(clock.getHours()).isEqualTo(24);
            assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-02T15:59:00Z"));
        });
        assertThat(read.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsExactly(CaseEventKind.REGISTERED, CaseEventKind.CLOCK_STARTED);
        assertThat(database.count("audit_entry WHERE entity_type = 'ServiceCase'"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-L3 the service classifies on the received-at day in Shanghai: 23:59 on the warranty's last day WARRANTY, 00:01 PAID or CONTRACT")
    void registerClassifiesOnTheShanghaiDay() {
        ServiceCase lastMinute = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-01T15:59:00Z"));
        ServiceCase nextDay = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-01T16:01:00Z"));
        contract("BY-2026-01", LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1), null, eastPump);
        ServiceCase underContract =
                register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-01T16:01:00Z"));
        ServiceCase otherItem = register(call(eastPlant, eastScreen, CaseType.SERVICE_REQUEST, "2026-03-01T16:01:00Z"));

        assertThat(lastMinute.getServiceClass()).isEqualTo(ServiceClass.WARRANTY);
        assertThat(nextDay.getServiceClass()).isEqualTo(ServiceClass.PAID);
        assertThat(underContract.getServiceClass()).isEqualTo(ServiceClass.CONTRACT);
        assertThat(otherItem.getServiceClass()).isEqualTo(ServiceClass.PAID);
        assertThat(reloaded(underContract).getResponsibility()).isEqualTo(Responsibility.POST_WARRANTY);
    }

    @Test
    @DisplayName("R-L3 a call before provisional handover is registered as CONSTRUCTION_PHASE without clocks")
    void constructionPhase() {
        ServiceCase early = register(call(eastPlant, null, CaseType.COMPLAINT, "2024-11-30T15:59:00Z"));

        ServiceCase read = reloaded(early);
        assertThat(read.getServiceClass()).isEqualTo(ServiceClass.CONSTRUCTION_PHASE);
        assertThat(read.getNumber()).isEqualTo("SC-2024-00001");
        assertThat(read.getClocks()).isEmpty();
        assertThat(read.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsExactly(CaseEventKind.REGISTERED, CaseEventKind.FORWARDED_TO_PROJECT_DEPARTMENT);
    }

    @Test
    @DisplayName("R-S1 numbers follow the year received in Shanghai: 23:59 on 31 Dec is 2026, 00:01 is SC-2027-00001")
    void yearRollover() {
        clock = Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), SHANGHAI);

        ServiceCase lastOf2026 = register(call(eastPlant, null, CaseType.FEEDBACK, "2026-12-31T15:59:00Z"));
        ServiceCase firstOf2027 = register(call(eastPlant, null, CaseType.FEEDBACK, "2026-12-31T16:01:00Z"));
        ServiceCase lateLogged2026 = register(call(eastPlant, null, CaseType.FEEDBACK, "2026-12-30T08:00:00Z"));
        ServiceCase secondOf2027 = register(call(westPlant, null, CaseType.FEEDBACK, null));

        assertThat(lastOf2026.getNumber()).isEqualTo("SC-2026-00001");
        assertThat(firstOf2027.getNumber()).isEqualTo("SC-2027-00001");
        assertThat(lateLogged2026.getNumber()).isEqualTo("SC-2026-00002");
        assertThat(secondOf2027.getNumber()).isEqualTo("SC-2027-00002");
    }

    @Test
    @DisplayName("R-S1 a refused registration gives its number back: the next case gets the same number, no gap")
    void refusedRegistrationLeavesNoGap() {
        register(call(eastPlant, null, CaseType.FEEDBACK, null));
        CaseIntake future = call(eastPlant, null, CaseType.FEEDBACK, "2026-03-10T02:06:00Z");

        assertThatThrownBy(() -> register(future))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.receivedInFuture");
        assertThat(register(call(eastPlant, null, CaseType.FEEDBACK, null)).getNumber())
                .isEqualTo("SC-2026-00002");
    }

    @Test
    @DisplayName("R-S1 two registrations at once, each in its own transaction, never share a number and leave no gap")
    void concurrentNumbering() throws Exception {
        register(call(eastPlant, null, CaseType.FEEDBACK, "2025-06-01T00:00:00Z"));
        int perThread = 15;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                Callable<List<String>> registrations = () -> {
                    EntityManager em = database.em().getEntityManagerFactory().createEntityManager();
                    try {
                        ServiceCaseService service = service(specialist(), em);
                        start.await();
                        List<String> numbers = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            EntityTransaction transaction = em.getTransaction();
                            transaction.begin();
                            numbers.add(service.register(call(eastPlant, null, CaseType.FEEDBACK, null))
                                    .getNumber());
                            transaction.commit();
                        }
                        return numbers;
                    } finally {
                        em.close();
                    }
                };
                results.add(pool.submit(registrations));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> result : results) {
                numbers.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * perThread)
                            .mapToObj(n -> ServiceCase.number(2026, n))
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-O1 an equipment item of another project is refused at registration")
    void itemMustBelongToTheProject() {
        assertThatThrownBy(() -> register(call(westPlant, eastPump, CaseType.SERVICE_REQUEST, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.itemNotInProject")
                .extracting(e -> ((BusinessException) e).getField())
                .isEqualTo("equipmentItemId");
    }

    // ---- clocks through the service ----

    @Test
    @DisplayName("R-S5 on-site arrival is due 72 h after the confirmation by default")
    void arrivalDefault() {
        ServiceCase registered = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-09T01:00:00Z"));
        ServiceCaseService service = service(specialist());

        database.inTransaction(() -> service.confirmOnSiteNeeded(registered.getId(), NOW, null));

        SlaClock arrival = reloaded(registered).clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow();
        assertThat(arrival.getHours()).isEqualTo(72);
        assertThat(arrival.getDueAt()).isEqualTo(Instant.parse("2026-03-13T02:00:00Z"));
        assertThat(reloaded(registered)
                        .clock(ClockKind.MAJOR_MATTER)
                        .orElseThrow()
                        .getStartedAt())
                .isEqualTo(Instant.parse("2026-03-09T01:00:00Z"));
    }

    @Test
    @DisplayName(
            "R-S5 a contract in force covering the equipment sets 48 h instead of 72; of two contracts in force the shortest counts")
    void arrivalByContract() {
        ServiceCaseService service = service(specialist());
        contract("BY-2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 48);
        ServiceCase one = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-09T01:00:00Z"));
        database.inTransaction(() -> service.confirmOnSiteNeeded(one.getId(), NOW, null));
        assertThat(reloaded(one).clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().getDueAt())
                .isEqualTo(Instant.parse("2026-03-12T02:00:00Z"));

        contract("JS-2026-02", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), 36, eastPump);
        contract("JS-2026-03", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 6, 30), 12);
        ServiceCase two = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-09T01:00:00Z"));
        ServiceCase screen = register(call(eastPlant, eastScreen, CaseType.SERVICE_REQUEST, "2026-03-09T01:00:00Z"));
        database.inTransaction(() -> service.confirmOnSiteNeeded(two.getId(), NOW, null));
        database.inTransaction(() -> service.confirmOnSiteNeeded(screen.getId(), NOW, null));

        assertThat(reloaded(two).clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().getHours())
                .as("48 and 36 in force on 2026-03-10, 12 only from 2026-03-11")
                .isEqualTo(36);
        assertThat(reloaded(screen)
                        .clock(ClockKind.ON_SITE_ARRIVAL)
                        .orElseThrow()
                        .getHours())
                .as("the 36 h contract covers only the pump")
                .isEqualTo(48);
    }

    @Test
    @DisplayName(
            "R-O2 policy hours are fixed when a clock starts: a later change leaves its dueAt, new clocks take the new value")
    void policyFixedAtStart() {
        ServiceCase before = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-10T01:00:00Z"));
        database.inTransaction(() -> PolicyFixtures.policyService(database.em(), specialist())
                .change(PolicyKey.REPLY_HOURS, new BigDecimal("12"), "总经理办公会纪要 2026-05", "缩短回复时限"));
        database.inTransaction(() -> PolicyFixtures.policyService(database.em(), specialist())
                .change(PolicyKey.ARRIVAL_HOURS, new BigDecimal("48"), "总经理办公会纪要 2026-05", "缩短到场时限"));
        ServiceCase after = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-10T01:00:00Z"));

        assertThat(reloaded(before).clock(ClockKind.REPLY).orElseThrow().getDueAt())
                .isEqualTo(Instant.parse("2026-03-11T01:00:00Z"));
        assertThat(reloaded(after).clock(ClockKind.REPLY).orElseThrow().getDueAt())
                .isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
    }

    @Test
    @DisplayName("R-S5 a pause across midnight is stored with its reason and moves dueAt by exactly its seconds")
    void pausePersisted() {
        ServiceCaseService service = service(specialist());
        ServiceCase registered = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-10T01:00:00Z"));
        database.inTransaction(() -> service.confirmOnSiteNeeded(registered.getId(), NOW, null));
        clock = Clock.fixed(Instant.parse("2026-03-11T00:00:00Z"), SHANGHAI);
        ServiceCaseService later = service(specialist());

        database.inTransaction(() ->
                later.pauseArrivalClock(registered.getId(), Instant.parse("2026-03-10T15:30:00Z"), "业主要求次日上午到场", null));
        assertThat(reloaded(registered)
                        .clock(ClockKind.ON_SITE_ARRIVAL)
                        .orElseThrow()
                        .getPausedSince())
                .isEqualTo(Instant.parse("2026-03-10T15:30:00Z"));
        database.inTransaction(
                () -> later.resumeArrivalClock(registered.getId(), Instant.parse("2026-03-10T16:45:00Z"), null));

        SlaClock arrival = reloaded(registered).clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow();
        assertThat(arrival.getPausedSeconds()).isEqualTo(4_500);
        assertThat(arrival.getDueAt()).isEqualTo(Instant.parse("2026-03-13T03:15:00Z"));
        assertThat(arrival.getPauses()).singleElement().satisfies(pause -> {
            assertThat(pause.getReason()).isEqualTo("业主要求次日上午到场");
            assertThat(pause.getResumedAt()).isEqualTo(Instant.parse("2026-03-10T16:45:00Z"));
        });
        assertThatThrownBy(() -> database.inTransaction(() ->
                        later.pauseArrivalClock(registered.getId(), Instant.parse("2026-03-10T18:00:00Z"), " ", null)))
                .hasMessage("case.error.pauseReasonRequired");
    }

    @Test
    @DisplayName(
            "R-S4 the major-matter clock is met through the service only once the leader report and the reply are both recorded")
    void majorMatterThroughTheService() {
        ServiceCaseService service = service(specialist());
        CaseIntake major = new CaseIntake(
                eastPlant.getId(),
                eastPump.getId(),
                Channel.HOTLINE,
                CaseType.SERVICE_REQUEST,
                "王工",
                Instant.parse("2026-03-09T03:00:00Z"),
                "2号泵需更换机封",
                true,
                false);
        ServiceCase registered = register(major);

        database.inTransaction(
                () -> service.recordReply(registered.getId(), Instant.parse("2026-03-09T05:00:00Z"), null));
        assertThat(reloaded(registered)
                        .clock(ClockKind.MAJOR_MATTER)
                        .orElseThrow()
                        .getMetAt())
                .isNull();
        database.inTransaction(
                () -> service.recordLeaderReport(registered.getId(), Instant.parse("2026-03-09T08:00:00Z"), null));

        ServiceCase read = reloaded(registered);
        assertThat(read.clock(ClockKind.MAJOR_MATTER).orElseThrow().getMetAt())
                .isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(read.clock(ClockKind.MAJOR_MATTER).orElseThrow().stateAt(NOW))
                .isEqualTo(ClockState.MET);
        assertThat(read.getStatus()).isEqualTo(CaseStatus.ANSWERED);
    }

    @Test
    @DisplayName(
            "R-S8 closing an on-site case without sign-off is refused and leaves it open; a remote case closes with its answer")
    void closing() {
        ServiceCaseService service = service(specialist());
        ServiceCase onSite = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-10T01:00:00Z"));
        database.inTransaction(() -> service.confirmOnSiteNeeded(onSite.getId(), NOW, null));

        assertThatThrownBy(() -> database.inTransaction(() -> service.close(onSite.getId(), "已处理", NOW, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.signOffMissing");
        assertThat(reloaded(onSite).getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);

        ServiceCase remote = register(call(eastPlant, null, CaseType.CONSULTATION, "2026-03-10T01:00:00Z"));
        database.inTransaction(() -> service.close(remote.getId(), "已电话解答。", null, null));
        ServiceCase closed = reloaded(remote);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getAnswer()).isEqualTo("已电话解答。");
        assertThat(closed.getClosedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("R-S3 an act dated more than 5 minutes after now is refused")
    void actsNotInTheFuture() {
        ServiceCaseService service = service(specialist());
        ServiceCase registered = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, null));

        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.recordReply(registered.getId(), NOW.plus(Duration.ofMinutes(6)), null)))
                .hasMessage("case.error.inFuture");
        assertThat(database.inTransaction(
                                () -> service.recordReply(registered.getId(), NOW.plus(Duration.ofMinutes(5)), null))
                        .getRepliedAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName(
            "R-S1 R-S3 through the service and the database: a call and a reply claimed beyond 24 h are refused without a"
                    + " late reason; with one they keep claimed time, entered time and reason, the reply clock counts as"
                    + " claimed and is marked met by a late entry")
    void lateEntriesStored() {
        ServiceCaseService service = service(specialist());
        Instant monday = Instant.parse("2026-03-08T01:00:00Z");
        CaseIntake weekendFax = new CaseIntake(
                eastPlant.getId(),
                null,
                Channel.FAX,
                CaseType.SERVICE_REQUEST,
                "王工",
                monday,
                "格栅除污机卡死",
                false,
                false,
                null);

        assertThatThrownBy(() -> database.inTransaction(() -> service.register(weekendFax)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.lateReasonRequired")
                .extracting(e -> ((BusinessException) e).getField())
                .isEqualTo("lateReason");
        ServiceCase registered = database.inTransaction(() -> service.register(new CaseIntake(
                eastPlant.getId(),
                null,
                Channel.FAX,
                CaseType.SERVICE_REQUEST,
                "王工",
                monday,
                "格栅除污机卡死",
                false,
                false,
                "传真机卡纸，两天后才发现")));
        Instant replied = Instant.parse("2026-03-08T20:00:00Z");
        assertThatThrownBy(() -> database.inTransaction(() -> service.recordReply(registered.getId(), replied, null)))
                .hasMessage("case.error.lateReasonRequired");
        database.inTransaction(() -> service.recordReply(registered.getId(), replied, "电话答复，未及时登记"));
        ServiceCase now = register(call(eastPlant, null, CaseType.CONSULTATION, null));

        ServiceCase read = reloaded(registered);
        assertThat(read.getReceivedAt()).isEqualTo(monday);
        assertThat(read.isReceivedAtDefaulted()).isFalse();
        assertThat(read.getTimeline())
                .filteredOn(CaseEvent::isLate)
                .extracting(
                        CaseEvent::getKind, CaseEvent::getClaimedAt, CaseEvent::getEnteredAt, CaseEvent::getLateReason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.REGISTERED, monday, NOW, "传真机卡纸，两天后才发现"),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.REPLY_RECORDED, replied, NOW, "电话答复，未及时登记"));
        SlaClock reply = read.clock(ClockKind.REPLY).orElseThrow();
        assertThat(reply.isMetInTime())
                .as("counted as claimed: 19 h after receipt")
                .isTrue();
        assertThat(reply.isMetByLateEntry()).isTrue();
        ServiceCase readNow = reloaded(now);
        assertThat(readNow.isReceivedAtDefaulted()).isTrue();
        assertThat(readNow.getTimeline()).allSatisfy(event -> {
            assertThat(event.isLate()).isFalse();
            assertThat(event.getEnteredAt()).isEqualTo(NOW);
        });
    }

    @Test
    @DisplayName("R-L3 an override needs the right role and a reason, and is kept in the timeline and the audit trail")
    void overrideThroughTheService() {
        ServiceCase registered = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-01T15:59:00Z"));
        ServiceCaseService engineer = service(new TestCaller(null, Role.AFTER_SALES_ENGINEER));
        ServiceCaseService leader = service(new TestCaller(null, Role.DIVISION_LEADER));

        assertThatThrownBy(() -> database.inTransaction(
                        () -> engineer.overrideClassification(registered.getId(), ServiceClass.PAID, "业主误操作")))
                .isInstanceOf(AccessDeniedException.class);
        database.inTransaction(() -> leader.overrideClassification(registered.getId(), ServiceClass.PAID, "业主误操作导致损坏"));

        ServiceCase read = reloaded(registered);
        assertThat(read.getServiceClass()).isEqualTo(ServiceClass.PAID);
        assertThat(read.getClassificationOverrideReason()).isEqualTo("业主误操作导致损坏");
        assertThat(read.getTimeline()).extracting(CaseEvent::getKind).contains(CaseEventKind.CLASSIFICATION_OVERRIDDEN);
        assertThat(database.count("audit_entry WHERE entity_type = 'ServiceCase' AND field = 'serviceClass'"
                        + " AND old_value = 'WARRANTY' AND new_value = 'PAID'"))
                .isEqualTo(1);
    }

    // ---- list and access ----

    @Test
    @DisplayName(
            "R-S11 the case list puts open crisis cases first and filters by project, type, class, status and crisis")
    void listCrisisFirstAndFilters() {
        ServiceCaseService service = service(specialist());
        ServiceCase consultation = register(call(eastPlant, null, CaseType.CONSULTATION, "2026-03-05T01:00:00Z"));
        ServiceCase request = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-06T01:00:00Z"));
        ServiceCase crisis = register(new CaseIntake(
                westPlant.getId(),
                null,
                Channel.LETTER,
                CaseType.COMPLAINT,
                "业主总经理",
                Instant.parse("2026-03-07T01:00:00Z"),
                "律师函：出水不达标被环保处罚",
                false,
                true));
        ServiceCase closedCrisis = register(call(eastPlant, null, CaseType.FEEDBACK, "2026-03-08T01:00:00Z"));
        database.inTransaction(() -> service.flagCrisis(closedCrisis.getId(), null, null));
        database.inTransaction(() -> service.close(closedCrisis.getId(), "已回复", null, null));
        database.em().clear();

        Page<ServiceCase> all =
                database.inTransaction(() -> service.list(CaseFilter.NONE, new PageRequest(0, 10, "receivedAt", true)));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items())
                .extracting(ServiceCase::getNumber)
                .containsExactly(
                        crisis.getNumber(), consultation.getNumber(), request.getNumber(), closedCrisis.getNumber());

        Page<ServiceCase> firstPage =
                database.inTransaction(() -> service.list(CaseFilter.NONE, new PageRequest(0, 2, "number", false)));
        assertThat(firstPage.total()).isEqualTo(4);
        assertThat(firstPage.items())
                .extracting(ServiceCase::getNumber)
                .containsExactly(crisis.getNumber(), closedCrisis.getNumber());

        assertThat(numbers(service, new CaseFilter(eastPlant.getId(), null, null, null, null, null)))
                .containsExactlyInAnyOrder(consultation.getNumber(), request.getNumber(), closedCrisis.getNumber());
        assertThat(numbers(service, new CaseFilter(null, CaseType.SERVICE_REQUEST, null, null, null, null)))
                .containsExactly(request.getNumber());
        assertThat(numbers(service, new CaseFilter(null, null, ServiceClass.PAID, CaseStatus.CLOSED, null, null)))
                .containsExactly(closedCrisis.getNumber());
        assertThat(numbers(service, new CaseFilter(null, null, null, null, null, true)))
                .containsExactly(crisis.getNumber(), closedCrisis.getNumber());
    }

    @Test
    @DisplayName(
            "R-S11 a seek cursor walks the case list in the offset pages' order, crisis cases first, for every sort")
    void cursorPagesFollowTheOffsetOrder() {
        ServiceCaseService service = service(specialist());
        for (int day = 1; day <= 7; day++) {
            register(call(
                    day % 2 == 0 ? eastPlant : westPlant,
                    null,
                    CaseType.SERVICE_REQUEST,
                    "2026-03-0" + day + "T01:00:00Z"));
        }
        // Two calls received at the same instant: the id breaks the tie, in the sort's direction.
        register(call(eastPlant, null, CaseType.CONSULTATION, "2026-03-03T01:00:00Z"));
        ServiceCase crisis = register(call(westPlant, null, CaseType.COMPLAINT, "2026-03-05T01:00:00Z"));
        database.inTransaction(() -> service.flagCrisis(crisis.getId(), null, null));
        database.em().clear();

        for (String sort : List.of("receivedAt", "number", "projectCode", "type")) {
            for (boolean ascending : List.of(true, false)) {
                List<String> byOffset = database
                        .inTransaction(() -> service.list(CaseFilter.NONE, new PageRequest(0, 50, sort, ascending)))
                        .items()
                        .stream()
                        .map(ServiceCase::getNumber)
                        .toList();
                assertThat(byOffset).hasSize(9).startsWith(crisis.getNumber());
                List<String> byCursor = new ArrayList<>();
                Page<ServiceCase> page = database.inTransaction(
                        () -> service.list(CaseFilter.NONE, new PageRequest(0, 2, sort, ascending)));
                page.items().forEach(c -> byCursor.add(c.getNumber()));
                while (page.next() != null) {
                    String after = page.next();
                    page = database.inTransaction(
                            () -> service.listAfter(CaseFilter.NONE, new PageRequest(0, 2, sort, ascending), after));
                    page.items().forEach(c -> byCursor.add(c.getNumber()));
                }
                assertThat(byCursor).as(sort + (ascending ? " asc" : " desc")).isEqualTo(byOffset);
            }
        }
    }

    @Test
    @DisplayName("Scale: the case list counts up to a cap and then says the total is a lower bound")
    void countStopsAtTheCap() {
        ServiceCaseService service = service(specialist());
        for (int day = 1; day <= 5; day++) {
            register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-0" + day + "T01:00:00Z"));
        }
        CaseCount capped = database.inTransaction(() -> service.count(CaseFilter.NONE, PageRequest.first(2), 3));
        assertThat(capped.exact()).isFalse();
        assertThat(capped.total()).isEqualTo(3);
        CaseCount exact = database.inTransaction(() -> service.count(CaseFilter.NONE, PageRequest.first(2), 10));
        assertThat(exact.exact()).isTrue();
        assertThat(exact.total()).isEqualTo(5);
    }

    @Test
    @DisplayName("Scale: a cursor made for another sort or filter, or a malformed one, is refused naming 'after'")
    void foreignCursorRefused() {
        ServiceCaseService service = service(specialist());
        for (int day = 1; day <= 3; day++) {
            register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-0" + day + "T01:00:00Z"));
        }
        String next = database.inTransaction(
                        () -> service.list(CaseFilter.NONE, new PageRequest(0, 1, "receivedAt", false)))
                .next();
        assertThat(next).isNotNull();
        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.listAfter(CaseFilter.NONE, new PageRequest(0, 1, "number", false), next)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getField()).isEqualTo("after"));
        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.listAfter(CaseFilter.NONE, new PageRequest(0, 1, "receivedAt", false), "%%%")))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getField()).isEqualTo("after"));
    }

    @Test
    @DisplayName("R-S5 the case list filters by clock state now: RUNNING, PAUSED, MET and BREACHED")
    void listByClockState() {
        ServiceCaseService service = service(specialist());
        ServiceCase running = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-10T01:00:00Z"));
        ServiceCase breached = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-09T01:00:00Z"));
        ServiceCase metLate = register(call(eastPlant, null, CaseType.COMPLAINT, "2026-03-08T01:00:00Z"));
        database.inTransaction(() -> service.recordReply(metLate.getId(), Instant.parse("2026-03-09T02:00:00Z"), null));
        ServiceCase met = register(call(eastPlant, eastPump, CaseType.SERVICE_REQUEST, "2026-03-10T00:00:00Z"));
        database.inTransaction(() -> service.recordReply(met.getId(), Instant.parse("2026-03-10T01:00:00Z"), null));
        database.inTransaction(
                () -> service.recordLeaderReport(met.getId(), Instant.parse("2026-03-10T01:30:00Z"), null));
        database.inTransaction(
                () -> service.confirmOnSiteNeeded(met.getId(), Instant.parse("2026-03-10T01:45:00Z"), null));
        database.inTransaction(() -> service.pauseArrivalClock(met.getId(), NOW, "业主要求改期", null));
        ServiceCase cancelledInTime = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, "2026-03-08T01:00:00Z"));
        database.inTransaction(() -> serviceAt(Instant.parse("2026-03-08T05:00:00Z"))
                .cancel(cancelledInTime.getId(), "重复登记", Instant.parse("2026-03-08T05:00:00Z"), null));

        assertThat(numbers(service, new CaseFilter(null, null, null, null, ClockState.RUNNING, null)))
                .containsExactlyInAnyOrder(running.getNumber(), cancelledInTime.getNumber());
        assertThat(numbers(service, new CaseFilter(null, null, null, null, ClockState.BREACHED, null)))
                .containsExactlyInAnyOrder(breached.getNumber(), metLate.getNumber());
        assertThat(numbers(service, new CaseFilter(null, null, null, null, ClockState.MET, null)))
                .containsExactly(met.getNumber());
        assertThat(numbers(service, new CaseFilter(null, null, null, null, ClockState.PAUSED, null)))
                .containsExactly(met.getNumber());
        ServiceCase read = reloaded(met);
        assertThat(read.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().stateAt(NOW))
                .isEqualTo(ClockState.PAUSED);
        assertThat(read.clock(ClockKind.REPLY).orElseThrow().stateAt(NOW)).isEqualTo(ClockState.MET);
    }

    private List<String> numbers(ServiceCaseService service, CaseFilter filter) {
        return database
                .inTransaction(() -> service.list(filter, new PageRequest(0, 50, "receivedAt", false)))
                .items()
                .stream()
                .map(ServiceCase::getNumber)
                .toList();
    }

    @Test
    @DisplayName(
            "R-O1 a project-department user registers, finds and lists only the cases of their own department's projects")
    void recordLevelAccess() {
        ServiceCase westCase = register(call(westPlant, null, CaseType.SERVICE_REQUEST, null));
        TestCaller eastUser = new TestCaller(east.getId(), Role.PROJECT_DEPT);
        ServiceCaseService service = service(eastUser);

        ServiceCase eastCase =
                database.inTransaction(() -> service.register(call(eastPlant, null, CaseType.FEEDBACK, null)));
        assertThat(eastCase.getNumber()).isEqualTo("SC-2026-00002");
        assertThatThrownBy(() ->
                        database.inTransaction(() -> service.register(call(westPlant, null, CaseType.FEEDBACK, null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> service.find(westCase.getId())))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).getArguments()[0])
                .isEqualTo("entity.serviceCase");
        assertThat(database.inTransaction(() -> service.list(CaseFilter.NONE, PageRequest.first(10)))
                        .items())
                .extracting(ServiceCase::getNumber)
                .containsExactly(eastCase.getNumber());
        assertThatThrownBy(() -> database.inTransaction(() -> service.recordReply(eastCase.getId(), null, null)))
                .as("the project department registers but does not work cases")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-O1 Finance may look at cases but not register them; Design may not record a reply")
    void rolePermissions() {
        ServiceCase registered = register(call(eastPlant, null, CaseType.SERVICE_REQUEST, null));
        ServiceCaseService finance = service(new TestCaller(null, Role.FINANCE));
        ServiceCaseService design = service(new TestCaller(null, Role.DESIGN));
        ServiceCaseService admin = service(new TestCaller(null, Role.ADMIN));

        assertThat(database.inTransaction(() -> finance.find(registered.getId()))
                        .getNumber())
                .isEqualTo(registered.getNumber());
        assertThatThrownBy(() ->
                        database.inTransaction(() -> finance.register(call(eastPlant, null, CaseType.FEEDBACK, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> design.recordReply(registered.getId(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> admin.find(registered.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
