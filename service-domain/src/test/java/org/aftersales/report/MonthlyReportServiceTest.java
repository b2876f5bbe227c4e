package org.aftersales.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.aftersales.retention.ReturnProcedureFigures;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The monthly KPIs (R-O3) of the hand-computed {@link FixtureMonth}. */
class MonthlyReportServiceTest {

    private TestDatabase database;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("monthlyreport");
        FixtureMonth.build(database);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private MonthlyKpi kpi() {
        MonthlyReportService service =
                MonthlyReportFixtures.monthlyReportService(database.em(), FixtureMonth.GM, FixtureMonth.CLOCK);
        return database.inTransaction(() -> service.kpi(FixtureMonth.MONTH));
    }

    @Test
    @DisplayName("R-O3 the month's cases by type and by service class, the month judged in Shanghai")
    void casesOfTheMonth() {
        MonthlyKpi kpi = kpi();

        assertThat(kpi.casesReceived()).isEqualTo(9);
        assertThat(kpi.casesByType())
                .containsEntry(CaseType.SERVICE_REQUEST, 6L)
                .containsEntry(CaseType.COMPLAINT, 1L)
                .containsEntry(CaseType.CONSULTATION, 1L)
                .containsEntry(CaseType.FEEDBACK, 1L);
        assertThat(kpi.casesByClass())
                .containsEntry(ServiceClass.WARRANTY, 8L)
                .containsEntry(ServiceClass.HANDOVER_DEFECT, 1L)
                .containsEntry(ServiceClass.PAID, 0L)
                .containsEntry(ServiceClass.CONTRACT, 0L)
                .containsEntry(ServiceClass.CONSTRUCTION_PHASE, 0L);
    }

    @Test
    @DisplayName(
            "R-O3 SLA compliance per clock kind over the clocks due in the month: % met in time, mean and p90 hours"
                    + " to meet them net of pauses")
    void slaCompliance() {
        MonthlyKpi kpi = kpi();

        assertThat(kpi.clock(ClockKind.REPLY))
                .isEqualTo(new ClockCompliance(
                        ClockKind.REPLY,
                        5,
                        3,
                        1,
                        4,
                        new BigDecimal("60.00"),
                        new BigDecimal("16.00"),
                        new BigDecimal("30.00")));
        assertThat(kpi.clock(ClockKind.MAJOR_MATTER))
                .isEqualTo(new ClockCompliance(
                        ClockKind.MAJOR_MATTER,
                        1,
                        1,
                        0,
                        1,
                        new BigDecimal("100.00"),
                        new BigDecimal("6.00"),
                        new BigDecimal("6.00")));
        assertThat(kpi.clock(ClockKind.ON_SITE_ARRIVAL))
                .isEqualTo(new ClockCompliance(
                        ClockKind.ON_SITE_ARRIVAL,
                        1,
                        1,
                        1,
                        1,
                        new BigDecimal("100.00"),
                        new BigDecimal("64.00"),
                        new BigDecimal("64.00")));
        assertThat(kpi.clocks()).extracting(ClockCompliance::kind).containsExactly(ClockKind.values());
    }

    @Test
    @DisplayName(
            "R-S5 R-S3 R-O3 late entries count as claimed, and metByLateEntry counts the clocks met in time by one:"
                    + " the back-dated arrival (1 of 1), the reply entered 36 h late (1 of 3 in time), not the late reply that"
                    + " met its clock late")
    void metByLateEntry() {
        MonthlyKpi kpi = kpi();

        assertThat(kpi.clocks())
                .extracting(
                        ClockCompliance::kind,
                        ClockCompliance::metInTime,
                        ClockCompliance::metByLateEntry,
                        ClockCompliance::percentMetInTime)
                .containsExactly(
                        tuple(ClockKind.REPLY, 3, 1, new BigDecimal("60.00")),
                        tuple(ClockKind.MAJOR_MATTER, 1, 0, new BigDecimal("100.00")),
                        tuple(ClockKind.ON_SITE_ARRIVAL, 1, 1, new BigDecimal("100.00")));
    }

    @Test
    @DisplayName("R-O3 metByLateEntry counts only clocks met in time whose meeting act was a late entry")
    void metByLateEntryCountsOnlyInTime() {
        ClockCompliance compliance = ClockCompliance.of(
                ClockKind.ON_SITE_ARRIVAL,
                List.of(
                        new ClockCompliance.Sample(true, 3600L, true),
                        new ClockCompliance.Sample(true, 7200L, false),
                        new ClockCompliance.Sample(false, 90_000L, true),
                        new ClockCompliance.Sample(false, null, false)));

        assertThat(compliance.metInTime()).isEqualTo(2);
        assertThat(compliance.metByLateEntry()).isEqualTo(1);
        assertThat(compliance.percentMetInTime()).isEqualByComparingTo("50.00");
    }

    @Test
    @DisplayName(
            "R-O3 crises and complaints open at the month's end, owner satisfaction, retention recovery rate of the"
                    + " month and the year to date")
    void openItemsSatisfactionRecovery() {
        MonthlyKpi kpi = kpi();

        assertThat(kpi.crisesOpen()).isEqualTo(1);
        assertThat(kpi.complaintsOpen()).isEqualTo(1);
        assertThat(kpi.ownerSatisfaction()).isEqualByComparingTo("4.50");
        assertThat(kpi.ownerSatisfactionResponses()).isEqualTo(2);
        assertThat(kpi.recoveryMonth().due()).isEqualTo(Money.of("100000.00"));
        assertThat(kpi.recoveryMonth().collected()).isEqualTo(Money.of("60000.00"));
        assertThat(kpi.recoveryMonth().percent()).contains(new BigDecimal("60.00"));
        assertThat(kpi.recoveryYearToDate().due()).isEqualTo(Money.of("150000.00"));
        assertThat(kpi.recoveryYearToDate().percent()).contains(new BigDecimal("73.33"));
    }

    @Test
    @DisplayName("R-C8 R-O3 the return procedure at the month's end: applications pending, deemed acceptances in the"
            + " month, overdue payments with their interest, subcontractors' applications to answer — as hand-computed")
    void returnProcedureFigures() {
        ReturnProcedureFigures figures = kpi().returnProcedure();

        assertThat(figures)
                .isEqualTo(new ReturnProcedureFigures(
                        LocalDate.of(2026, 2, 28), 1, 1, 1, Money.of("20000.00"), Money.of("6.58"), 1, Money.ZERO));
    }

    @Test
    @DisplayName(
            "R-O3 R-C8 the workbook's detail: the month's cases one by one, retention receivable at the month's end"
                    + " (late only after the payment due date),"
                    + " follow-up compliance per handed-over project; its KPI is the same computation")
    void reportDetail() {
        MonthlyReportService service =
                MonthlyReportFixtures.monthlyReportService(database.em(), FixtureMonth.GM, FixtureMonth.CLOCK);
        MonthlyReport report = database.inTransaction(() -> service.report(FixtureMonth.MONTH));

        assertThat(report.kpi()).isEqualTo(kpi());
        assertThat(report.cases()).hasSize(9);
        assertThat(report.cases().get(0).receivedAt()).isEqualTo(FixtureMonth.at("2026-01-31T17:00:00Z"));
        assertThat(report.cases()).filteredOn(MonthlyReport.CaseRow::crisis).hasSize(2);
        assertThat(report.receivables())
                .extracting(r -> r.projectCode() + " " + r.collected() + " " + r.outstanding() + " " + r.overdue())
                .containsExactly(
                        // R-C8: P-OLD's payment fell due 02-24 — late. P-FEB fell due 02-02 but its application still
                        // awaits verification on 02-28: no payment due date yet, so not late (the old rule said late).
                        "P-OLD 0.00 20000.00 true", "P-JAN 50000.00 0.00 false", "P-FEB 60000.00 40000.00 false");
        assertThat(report.compliance())
                .extracting(row -> row.followUps().projectCode())
                .contains("P-WAR", "P-HO", "P-FEB", "P-JAN");
    }

    @Test
    @DisplayName("R-O3 a month without clocks or responses shows no percentage, no hours and no satisfaction")
    void emptyMonth() {
        MonthlyReportService service =
                MonthlyReportFixtures.monthlyReportService(database.em(), FixtureMonth.GM, FixtureMonth.CLOCK);
        MonthlyKpi kpi = database.inTransaction(() -> service.kpi(java.time.YearMonth.of(2025, 6)));

        assertThat(kpi.casesReceived()).isZero();
        assertThat(kpi.clock(ClockKind.REPLY))
                .isEqualTo(new ClockCompliance(ClockKind.REPLY, 0, 0, 0, 0, null, null, null));
        assertThat(kpi.ownerSatisfaction()).isNull();
        assertThat(kpi.recoveryMonth().percent()).isEmpty();
    }

    @Test
    @DisplayName("R-O3 p90 is the nearest-rank percentile: of 1 … 10 hours the 9th, 9.00; mean 5.50; unmet clocks count"
            + " as due but not in the hours")
    void nearestRank() {
        List<ClockCompliance.Sample> samples = new java.util.ArrayList<>(IntStream.rangeClosed(1, 10)
                .mapToObj(h -> new ClockCompliance.Sample(h <= 8, h * 3600L, false))
                .toList());
        samples.add(new ClockCompliance.Sample(false, null, false));

        ClockCompliance compliance = ClockCompliance.of(ClockKind.REPLY, samples);

        assertThat(compliance)
                .isEqualTo(new ClockCompliance(
                        ClockKind.REPLY,
                        11,
                        8,
                        0,
                        10,
                        new BigDecimal("72.73"),
                        new BigDecimal("5.50"),
                        new BigDecimal("9.00")));
    }

    @Test
    @DisplayName("R-O3 the monthly figures are for leadership and the specialist: a project department is refused")
    void access() {
        MonthlyReportService service = MonthlyReportFixtures.monthlyReportService(
                database.em(), new TestCaller(1L, Role.PROJECT_DEPT), FixtureMonth.CLOCK);

        assertThatThrownBy(() -> database.inTransaction(() -> service.kpi(FixtureMonth.MONTH)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
