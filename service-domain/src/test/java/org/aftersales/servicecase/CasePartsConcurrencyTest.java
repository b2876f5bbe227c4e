package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.CostFixtures;
import org.aftersales.cost.ServiceCost;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.Money;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.SettableClock;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "the phone and the office work on one case at the same time without refusing each other's saves" (README
 * "The service case: one head row and three parts"): two entity managers of one factory — two application instances, or
 * two requests — act on the same case with interleaved transactions, against the migrated schema (H2).
 */
class CasePartsConcurrencyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SettableClock clock = new SettableClock(OnSiteFixtures.ARRIVED, SHANGHAI);

    private TestDatabase database;
    private Project plant;
    private EntityManager office;
    private EntityManager phone;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("caseparts");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        CaseFixtures.coveredByContract(database, plant);
        office = database.newEntityManager();
        phone = database.newEntityManager();
    }

    @AfterEach
    void tearDown() {
        for (EntityManager em : List.of(office, phone)) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        database.close();
    }

    private static TestCaller as(Role role) {
        return new TestCaller(null, role);
    }

    /** {@code at}, with the clock moved there: the act is entered as it happens. */
    private Instant entered(Instant at) {
        clock.set(at);
        return at;
    }

    /** Registered, confirmed on site, dispatched and the visit agreed: the engineer may arrive. */
    private long readyToArrive() {
        AppUser engineer = database.saved(new AppUser("engineer1", "工程师", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        long id = database.inTransaction(() -> cases.register(new CaseIntake(
                        plant.getId(),
                        null,
                        Channel.PHONE,
                        CaseType.SERVICE_REQUEST,
                        "刘明",
                        entered(OnSiteFixtures.RECEIVED),
                        "2号泵振动大",
                        false,
                        false)))
                .getId();
        database.inTransaction(() -> cases.confirmOnSiteNeeded(id, entered(OnSiteFixtures.CONFIRMED), null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock)
                .propose(
                        id,
                        List.of(engineer.getId()),
                        OnSiteFixtures.WINDOW_FROM,
                        OnSiteFixtures.WINDOW_TO,
                        entered(OnSiteFixtures.PROPOSED),
                        null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(id, null, entered(OnSiteFixtures.APPROVED), null));
        database.inTransaction(() -> CaseFixtures.onSiteService(database.em(), as(Role.AFTER_SALES_ENGINEER), clock)
                .agreeVisit(id, OnSiteFixtures.ARRIVED, "业主停运2号泵并断电挂牌", entered(OnSiteFixtures.AGREED), null));
        clock.set(OnSiteFixtures.ARRIVED);
        database.em().clear();
        return id;
    }

    private ServiceCase reread(long id) {
        database.em().clear();
        return database.inTransaction(() ->
                CaseFixtures.caseService(database.em(), as(Role.FINANCE), clock).find(id));
    }

    @Test
    @DisplayName("issue 16: a cost booked in the office and the arrival recorded on the phone at the same moment both"
            + " succeed and both are stored — the booking changes no part, the arrival the on-site part and the head")
    void officeAndPhoneAtOnce() {
        long id = readyToArrive();

        // The office loads the case and books a cost; its transaction is still open (flushed, not committed).
        office.getTransaction().begin();
        ServiceCost booked = CostFixtures.costService(office, as(Role.AFTER_SALES_ENGINEER), clock)
                .record(id, CostCategory.TRAVEL, "高铁往返", Money.of("553.00"), null, null);

        // Meanwhile the phone loads the same case, records the arrival and commits.
        TestDatabase.inTransaction(
                phone,
                () -> CaseFixtures.caseService(phone, as(Role.AFTER_SALES_SPECIALIST), clock)
                        .recordArrival(id, OnSiteFixtures.ARRIVED, null));

        // Then the office commits: not refused.
        office.getTransaction().commit();

        ServiceCase stored = reread(id);
        assertThat(stored.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(stored.getArrivedAt()).isEqualTo(OnSiteFixtures.ARRIVED);
        assertThat(stored.getTimeline())
                .extracting(CaseEvent::getKind)
                .contains(CaseEventKind.ARRIVAL_RECORDED, CaseEventKind.COST_RECORDED);
        assertThat(database.inTransaction(() -> CostFixtures.costService(database.em(), as(Role.FINANCE), clock)
                        .statement(id)
                        .lines()))
                .extracting(ServiceCost::getId, ServiceCost::getDescription)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(booked.getId(), "高铁往返"));
    }

    @Test
    @DisplayName("issue 16: two acts on the same part at the same moment still meet optimistic locking — the visit"
            + " agreed again in the office after the phone's arrival changed the on-site part is refused as stale")
    void samePartRefused() {
        long id = readyToArrive();

        // The office loads the case (and with it its parts' versions) ...
        office.getTransaction().begin();
        ServiceCaseService officeCases = CaseFixtures.caseService(office, as(Role.AFTER_SALES_SPECIALIST), clock);
        ServiceCase seen = officeCases.find(id);
        long onSiteVersion = seen.getOnSitePart().getVersion();

        // ... the phone records the arrival (dispatch & on site) and commits ...
        TestDatabase.inTransaction(
                phone,
                () -> CaseFixtures.caseService(phone, as(Role.AFTER_SALES_SPECIALIST), clock)
                        .recordArrival(id, OnSiteFixtures.ARRIVED, null));

        // ... and the office, on what it read, agrees the visit again: another act on dispatch & on site. Only the
        // part's version tells — the visit's own row and the head are not written by this act.
        OnSiteService officeOnSite = CaseFixtures.onSiteService(office, as(Role.AFTER_SALES_ENGINEER), clock);
        assertThatThrownBy(() -> officeOnSite.agreeVisit(
                        id, OnSiteFixtures.ARRIVED.plusSeconds(3600), "业主改约下午", OnSiteFixtures.ARRIVED, null))
                .isInstanceOf(StaleVersionException.class);
        office.getTransaction().rollback();

        ServiceCase stored = reread(id);
        assertThat(stored.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(stored.getOnSitePart().getVersion()).isEqualTo(onSiteVersion + 1);
        assertThat(stored.getVisit().orElseThrow().getOwnerCooperation()).isEqualTo("业主停运2号泵并断电挂牌");
    }

    @Test
    @DisplayName("issue 16: two changes of the head at the same moment still meet optimistic locking — the arrival (a"
            + " status step) on a case read before the office flagged it a crisis is refused as stale")
    void headChangesRefused() {
        long id = readyToArrive();

        phone.getTransaction().begin();
        ServiceCaseService phoneCases = CaseFixtures.caseService(phone, as(Role.AFTER_SALES_SPECIALIST), clock);
        phoneCases.find(id);

        TestDatabase.inTransaction(
                office,
                () -> CaseFixtures.caseService(office, as(Role.AFTER_SALES_SPECIALIST), clock)
                        .flagCrisis(id, OnSiteFixtures.ARRIVED, null));

        assertThatThrownBy(() -> phoneCases.recordArrival(id, OnSiteFixtures.ARRIVED, null))
                .isInstanceOf(StaleVersionException.class);
        phone.getTransaction().rollback();

        ServiceCase stored = reread(id);
        assertThat(stored.isCrisis()).isTrue();
        assertThat(stored.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
    }
}
