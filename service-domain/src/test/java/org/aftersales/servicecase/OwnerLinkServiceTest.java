package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The owner's link against the migrated schema (H2), outside a container (issue 16). */
class OwnerLinkServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    private TestDatabase database;
    private Project plant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("ownerlinks");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private OwnerLinkService links(Caller caller, Instant now) {
        OwnerLinkService service = new OwnerLinkService();
        service.em = database.em();
        service.cases = CaseFixtures.caseService(database.em(), caller, Clock.fixed(now, SHANGHAI));
        service.clock = Clock.fixed(now, SHANGHAI);
        return service;
    }

    private ServiceCase consultation() {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST), Clock.fixed(NOW, SHANGHAI));
        return database.inTransaction(() -> cases.register(new CaseIntake(
                plant.getId(),
                null,
                Channel.PHONE,
                CaseType.CONSULTATION,
                "黄经理",
                RECEIVED,
                "询问加药泵的保养周期",
                false,
                false)));
    }

    @Test
    @DisplayName("issue 16 owner's link: made for an open case (expiresAt null), opens it; a new link revokes the old;"
            + " only the hash is stored; the timeline says a link was made; finance may not make one")
    void makeRevokeAndView() {
        long id = consultation().getId();
        OwnerLinkService specialist = links(new TestCaller(null, Role.AFTER_SALES_SPECIALIST), NOW);
        OwnerLinkService.MadeLink first = database.inTransaction(() -> specialist.make(id));
        assertThat(first.expiresAt()).isNull();
        assertThat(database.inTransaction(() -> specialist.view(first.token()))).hasValueSatisfying(view -> {
            assertThat(view.number()).startsWith("SC-2026-");
            assertThat(view.projectName()).isEqualTo(plant.getName());
            assertThat(view.visit()).isNull();
        });
        database.em().clear();
        OwnerLinkService.MadeLink second = database.inTransaction(() -> specialist.make(id));
        database.em().clear();
        assertThat(database.inTransaction(() -> specialist.view(first.token()))).isEmpty();
        assertThat(database.inTransaction(() -> specialist.view(second.token())))
                .isPresent();
        assertThat(database.em()
                        .createQuery("select l.tokenHash from OwnerLink l", String.class)
                        .getResultList())
                .hasSize(2)
                .doesNotContain(first.token(), second.token())
                .contains(OwnerLinks.hash(second.token()));
        assertThat(database.em().find(ServiceCase.class, id).getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.OWNER_LINK_MADE)
                .hasSize(2);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> links(new TestCaller(null, Role.FINANCE), NOW).make(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("issue 16 owner's link: a closed case's link expires 30 days after closing — open before, gone after")
    void expiresThirtyDaysAfterClosing() {
        long id = consultation().getId();
        Instant closedAt = Instant.parse("2026-03-10T02:00:00Z");
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST), Clock.fixed(NOW, SHANGHAI));
        database.inTransaction(() -> cases.close(id, "每运行2000小时保养一次", closedAt, null));
        OwnerLinkService.MadeLink made = database.inTransaction(() ->
                links(new TestCaller(null, Role.AFTER_SALES_SPECIALIST), NOW).make(id));
        assertThat(made.expiresAt()).isEqualTo(closedAt.plus(Duration.ofDays(30)));
        database.em().clear();
        Instant justBefore = made.expiresAt().minusSeconds(1);
        assertThat(database.inTransaction(() ->
                        links(new TestCaller(null, Role.FINANCE), justBefore).view(made.token())))
                .isPresent();
        assertThat(database.inTransaction(() -> links(new TestCaller(null, Role.FINANCE), made.expiresAt())
                        .view(made.token())))
                .isEmpty();
        assertThat(database.inTransaction(
                        () -> links(new TestCaller(null, Role.FINANCE), NOW).view("not-a-token")))
                .isEmpty();
    }
}
