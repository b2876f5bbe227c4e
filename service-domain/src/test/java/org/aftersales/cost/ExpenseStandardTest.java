package org.aftersales.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.cost.ServiceCost.StandardFacts;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The expense standards and the flags on costs outside them, against the migrated schema (H2) (R-C7). */
class ExpenseStandardTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-12T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private TestDatabase database;
    private Project plant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("expenses");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static TestCaller as(Role role) {
        return new TestCaller(null, role);
    }

    private ServiceCostService costs(Caller caller) {
        return CostFixtures.costService(database.em(), caller, clock);
    }

    private ExpenseStandardService standards(Caller caller) {
        return CostFixtures.expenseStandards(database.em(), caller, clock);
    }

    /** A call of 2026-03-10 09:00 Shanghai, registered as it came in. */
    private long caseId() {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(),
                as(Role.AFTER_SALES_SPECIALIST),
                Clock.fixed(Instant.parse("2026-03-10T01:00:00Z"), SHANGHAI));
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
        return registered.getId();
    }

    private ServiceCost accommodation(long id, String amount, int nights, int tier) {
        return database.inTransaction(() -> costs(as(Role.AFTER_SALES_ENGINEER))
                .record(
                        id,
                        CostCategory.ACCOMMODATION,
                        "酒店住宿",
                        Money.of(amount),
                        null,
                        null,
                        new StandardFacts(nights, tier, null)));
    }

    @Test
    @Tag("R-C7")
    @DisplayName(
            "R-C7 accommodation above the city tier's limit per night is flagged with the figures; within it it is not; without nights or tier it is flagged not checked")
    void accommodationPerTier() {
        long id = caseId();
        database.inTransaction(() -> standards(as(Role.FINANCE))
                .set(ExpenseKind.ACCOMMODATION_TIER_2, Money.of("400.00"), null, null, "2026 年费用标准"));

        ServiceCost over = accommodation(id, "900.00", 2, 2);
        ServiceCost within = accommodation(id, "800.00", 2, 2);
        ServiceCost firstTier = accommodation(id, "900.00", 2, 1);
        ServiceCost unchecked = database.inTransaction(() -> costs(as(Role.AFTER_SALES_ENGINEER))
                .record(id, CostCategory.ACCOMMODATION, "住宿 1 晚", Money.of("650.00"), null, null));

        assertThat(over.isOutsideStandard()).isTrue();
        assertThat(over.getStandardDeviation()).isEqualTo(StandardDeviation.ACCOMMODATION_OVER_LIMIT);
        assertThat(over.getStandardNote()).isEqualTo("450.00 > 400.00 (tier 2)");
        assertThat(within.isOutsideStandard())
                .as("400.00 a night is the limit itself")
                .isFalse();
        assertThat(firstTier.isOutsideStandard())
                .as("tier 1 allows 500.00 by default")
                .isFalse();
        // Was: not flagged at all, so leaving nights and tier out bypassed the standard (issue 19 item 4).
        assertThat(unchecked.isOutsideStandard()).isFalse();
        assertThat(unchecked.isStandardNotChecked()).isTrue();
        assertThat(unchecked.getStandardDeviation()).isEqualTo(StandardDeviation.NOT_CHECKED);
        assertThat(unchecked.getStandardNote()).isEqualTo("missing: nights, cityTier");

        database.em().clear();
        List<ServiceCost> flagged =
                database.inTransaction(() -> costs(as(Role.DIVISION_LEADER)).outsideStandard(50));
        assertThat(flagged).extracting(ServiceCost::getId).containsExactly(unchecked.getId(), over.getId());
        assertThat(flagged.get(0).getServiceCase().getId()).isEqualTo(id);
    }

    @Test
    @DisplayName(
            "R-C7 labour at another rate than the standard and travel above the allowed class are flagged; at the standard they are not")
    void labourAndTravel() {
        long id = caseId();
        ServiceCostService engineer = costs(as(Role.AFTER_SALES_ENGINEER));

        ServiceCost standardLabour = database.inTransaction(
                () -> engineer.record(id, CostCategory.LABOUR, "检修 8 h", null, new BigDecimal("8"), Money.of("85.00")));
        ServiceCost dearLabour = database.inTransaction(() ->
                engineer.record(id, CostCategory.LABOUR, "外聘焊工 4 h", null, new BigDecimal("4"), Money.of("120.00")));
        ServiceCost train = database.inTransaction(() -> engineer.record(
                id,
                CostCategory.TRAVEL,
                "高铁二等座",
                Money.of("553.00"),
                null,
                null,
                new StandardFacts(null, null, TravelClass.TRAIN_SECOND_CLASS)));
        ServiceCost flight = database.inTransaction(() -> engineer.record(
                id,
                CostCategory.TRAVEL,
                "经济舱",
                Money.of("980.00"),
                null,
                null,
                new StandardFacts(null, null, TravelClass.ECONOMY_FLIGHT)));
        ServiceCost business = database.inTransaction(() -> engineer.record(
                id,
                CostCategory.TRAVEL,
                "公务舱",
                Money.of("3200.00"),
                null,
                null,
                new StandardFacts(null, null, TravelClass.BUSINESS_FLIGHT)));

        assertThat(standardLabour.isOutsideStandard()).isFalse();
        assertThat(dearLabour.getStandardDeviation()).isEqualTo(StandardDeviation.LABOUR_RATE_DIFFERS);
        assertThat(dearLabour.getStandardNote()).isEqualTo("120.00 ≠ 85.00");
        assertThat(train.isOutsideStandard()).isFalse();
        assertThat(flight.isOutsideStandard())
                .as("economy flight ranks with train second class")
                .isFalse();
        assertThat(business.getStandardDeviation()).isEqualTo(StandardDeviation.TRAVEL_CLASS_ABOVE_STANDARD);
        assertThatThrownBy(() -> database.inTransaction(() -> engineer.record(
                        id,
                        CostCategory.SPARE_PARTS,
                        "密封",
                        Money.of("10.00"),
                        null,
                        null,
                        new StandardFacts(1, 2, null))))
                .hasMessage("cost.error.nightsOnlyForAccommodation");
    }

    @Test
    @DisplayName(
            "R-C7 the standards are set from a day on with their history, by Finance or the GM only; a line is checked against the standard in force when it is booked")
    void standardsHaveHistory() {
        long id = caseId();
        ExpenseStandardService finance = standards(as(Role.FINANCE));
        assertThat(database.inTransaction(finance::current).amount(ExpenseKind.LABOUR_RATE))
                .isEqualTo(Money.of("85.00"));

        ServiceCost before = database.inTransaction(() -> costs(as(Role.AFTER_SALES_ENGINEER))
                .record(id, CostCategory.LABOUR, "检修", null, new BigDecimal("2"), Money.of("95.00")));
        database.inTransaction(() -> finance.set(ExpenseKind.LABOUR_RATE, Money.of("95.00"), null, TODAY, "调价"));
        database.inTransaction(
                () -> finance.set(ExpenseKind.DAILY_ALLOWANCE, Money.of("150.00"), null, TODAY.plusDays(20), "下月起"));
        database.inTransaction(
                () -> finance.set(ExpenseKind.TRAVEL_CLASS, null, TravelClass.TRAIN_FIRST_CLASS, TODAY, null));
        ServiceCost after = database.inTransaction(() -> costs(as(Role.AFTER_SALES_ENGINEER))
                .record(id, CostCategory.LABOUR, "检修", null, new BigDecimal("2"), Money.of("95.00")));

        ExpenseStandards now = database.inTransaction(finance::current);
        assertThat(now.amount(ExpenseKind.LABOUR_RATE)).isEqualTo(Money.of("95.00"));
        assertThat(now.amount(ExpenseKind.DAILY_ALLOWANCE))
                .as("not yet in force")
                .isEqualTo(Money.of("100.00"));
        assertThat(now.travelClass()).isEqualTo(TravelClass.TRAIN_FIRST_CLASS);
        assertThat(database.inTransaction(() -> finance.inForceOn(TODAY.plusDays(20)))
                        .amount(ExpenseKind.DAILY_ALLOWANCE))
                .isEqualTo(Money.of("150.00"));
        assertThat(before.isOutsideStandard()).isTrue();
        assertThat(after.isOutsideStandard()).isFalse();
        assertThat(database.inTransaction(finance::history)).hasSize(3);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> finance.set(ExpenseKind.LABOUR_RATE, Money.of("90.00"), null, TODAY.minusDays(1), null)))
                .hasMessage("expense.error.validFromPast");
        assertThatThrownBy(() -> database.inTransaction(() -> standards(as(Role.AFTER_SALES_ENGINEER))
                        .set(ExpenseKind.LABOUR_RATE, Money.of("90.00"), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> costs(as(Role.AFTER_SALES_ENGINEER)).outsideStandard(10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
