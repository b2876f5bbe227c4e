package org.aftersales.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseEvent;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.Money;
import org.aftersales.shared.NotFoundException;
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

/** Costs booked against cases, against the migrated schema (H2), outside a container (R-S12). */
class ServiceCostServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-12T00:00:00Z");

    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private TestDatabase database;
    private Project plant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("costs");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private ServiceCostService costs(Caller caller) {
        ServiceCostService service = new ServiceCostService();
        service.em = database.em();
        service.caller = caller;
        service.cases = CaseFixtures.caseService(database.em(), caller, clock);
        service.clock = clock;
        service.standards = CostFixtures.expenseStandards(database.em(), caller, clock);
        service.plans = org.aftersales.costplan.CostPlanFixtures.costPlanService(database.em(), caller, clock);
        return service;
    }

    /** A case registered and confirmed on site on the morning of 2026-03-10, entered as it happened. */
    private ServiceCase onSiteCase() {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(),
                new TestCaller(null, Role.AFTER_SALES_SPECIALIST),
                Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI));
        ServiceCase registered = database.inTransaction(() -> cases.register(new CaseIntake(
                plant.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "刘明",
                Instant.parse("2026-03-10T01:00:00Z"),
                "2号泵振动大",
                false,
                false)));
        return database.inTransaction(
                () -> cases.confirmOnSiteNeeded(registered.getId(), Instant.parse("2026-03-10T02:00:00Z"), null));
    }

    @Test
    @DisplayName(
            "R-S12 costs by category: the engineer books labour (hours × rate), travel and spare parts; the statement totals each category and the case's timeline shows each line")
    void recordAndStatement() {
        ServiceCase serviceCase = onSiteCase();
        long id = serviceCase.getId();
        long version = serviceCase.getVersion();
        // Each booking in a persistence context of its own, as each request has in the container.
        database.em().clear();
        List<Long> partVersions = List.of(
                serviceCase.getIntakePart().getVersion(),
                serviceCase.getOnSitePart().getVersion(),
                serviceCase.getSignOffPart().getVersion());
        ServiceCostService engineer = costs(new TestCaller(null, Role.AFTER_SALES_ENGINEER));

        ServiceCost labour = database.inTransaction(() -> engineer.record(
                id, CostCategory.LABOUR, "现场检修 2 人 × 8 h", null, new BigDecimal("16"), Money.of("85.00")));
        database.inTransaction(() -> engineer.record(id, CostCategory.TRAVEL, "高铁往返", Money.of("553.00"), null, null));
        database.inTransaction(() -> engineer.record(id, CostCategory.TRAVEL, "市内出租车", Money.of("86.50"), null, null));
        database.inTransaction(
                () -> engineer.record(id, CostCategory.SPARE_PARTS, "机械密封 MG1-45", Money.of("1350.00"), null, null));
        database.em().clear();

        CostStatement statement = database.inTransaction(
                () -> costs(new TestCaller(null, Role.FINANCE)).statement(id));
        assertThat(statement.caseNumber()).isEqualTo(serviceCase.getNumber());
        assertThat(statement.lines())
                .extracting(ServiceCost::getCategory)
                .containsExactly(
                        CostCategory.LABOUR, CostCategory.TRAVEL, CostCategory.TRAVEL, CostCategory.SPARE_PARTS);
        assertThat(statement.lines().get(0).getAmount()).isEqualTo(Money.of("1360.00"));
        assertThat(statement.lines().get(0).getHours()).isEqualByComparingTo("16");
        assertThat(statement.totalsByCategory().get(CostCategory.TRAVEL)).isEqualTo(Money.of("639.50"));
        assertThat(statement.totalsByCategory().get(CostCategory.ACCOMMODATION)).isEqualTo(Money.ZERO);
        assertThat(statement.total()).isEqualTo(Money.of("3349.50"));
        assertThat(database.inTransaction(
                                () -> costs(new TestCaller(null, Role.FINANCE)).find(id, labour.getId()))
                        .getDescription())
                .isEqualTo("现场检修 2 人 × 8 h");

        ServiceCase read = database.inTransaction(
                () -> CaseFixtures.caseService(database.em(), new TestCaller(null, Role.FINANCE), clock)
                        .find(id));
        assertThat(read.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.COST_RECORDED)
                .extracting(CaseEvent::getDetail)
                .containsExactly(
                        "LABOUR 1360.00 现场检修 2 人 × 8 h",
                        "TRAVEL 553.00 高铁往返",
                        "TRAVEL 86.50 市内出租车",
                        "SPARE_PARTS 1350.00 机械密封 MG1-45");
        // Issue 16 (README "The service case: one head row and three parts"): a booking is its own row and a timeline
        // line; it changes neither the head nor a part, so an act on the case at the same moment is not refused.
        assertThat(read.getVersion())
                .as("a booking moves no version of the case")
                .isEqualTo(version);
        assertThat(List.of(
                        read.getIntakePart().getVersion(),
                        read.getOnSitePart().getVersion(),
                        read.getSignOffPart().getVersion()))
                .isEqualTo(partVersions);
    }

    @Test
    @DisplayName(
            "R-S12 only engineers, the specialist and the ERP book costs; a cost line is found only under its own case")
    void whoBooks() {
        long id = onSiteCase().getId();
        long other = onSiteCase().getId();
        ServiceCost cost = database.inTransaction(() -> costs(new TestCaller(null, Role.INTEGRATION))
                .record(id, CostCategory.ACCOMMODATION, "住宿 1 晚", Money.of("320.00"), null, null));

        assertThatThrownBy(() -> database.inTransaction(() -> costs(new TestCaller(null, Role.DIVISION_LEADER))
                        .record(id, CostCategory.OTHER, "x", Money.of("1"), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> costs(new TestCaller(null, Role.FINANCE))
                        .record(id, CostCategory.OTHER, "x", Money.of("1"), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> costs(new TestCaller(null, Role.FINANCE)).find(other, cost.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> costs(new TestCaller(null, Role.AFTER_SALES_ENGINEER))
                        .record(
                                id,
                                CostCategory.LABOUR,
                                "人工",
                                Money.of("100.00"),
                                new BigDecimal("1"),
                                Money.of("80.00"))))
                .hasMessage("cost.error.labourAmount");
        assertThat(database.count("service_cost")).isEqualTo(1);
    }
}
