package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-C5 / R-C8: when the company's retention falls due (the earlier of the day after the warranty end and the day after
 * completion acceptance + 24 months) and when it is late (after the return procedure's payment due date). Every date
 * below is computed by hand with the Civil Code month rule (the corresponding day, or the month's last day).
 */
class RetentionDueDateTest {

    private static final HolidayCalendar NO_HOLIDAYS = HolidayCalendar.of(Map.of());

    private static Project project(LocalDate formal, LocalDate completion, int warrantyMonths) {
        Project project = new Project("WTP-36", "三十六个月质保项目", new Owner("水务集团"), warrantyMonths);
        project.recordContract("HT-36", Money.of("10000000.00"));
        project.recordHandover(new HandoverDates(formal.minusMonths(3), formal, completion, warrantyMonths));
        return project;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName(
            "R-C5 a 36-month warranty: due the day after completion acceptance + 24 months (leap day 2024-02-29 → 2026-03-01), not after the warranty (2027-03-01)")
    void thirtySixMonthWarrantyIsCappedAtTwentyFourMonths() {
        Project project = project(day("2024-02-29"), null, 36);
        // 2024-02-29 + 36 months = 2027-02-28 (no 29th): the warranty's last day.
        assertThat(project.getWarrantyEnd()).isEqualTo(day("2027-02-28"));

        ProjectRetention retention = new ProjectRetention(project, Money.of("300000.00"), null);

        // 2024-02-29 + 24 months = 2026-02-28; the day after = 2026-03-01. Before the fix: 2027-03-01.
        assertThat(retention.getDueDate()).isEqualTo(day("2026-03-01"));
    }

    @Test
    @DisplayName(
            "R-C5 the cap counts from completion acceptance, not from formal handover; a 12-month warranty stays the earlier date")
    void capCountsFromCompletionAcceptance() {
        // Formal 2025-01-31, completion 2025-03-31, 30 months: warranty end 2027-07-31 → 2027-08-01;
        // cap 2025-03-31 + 24 = 2027-03-31 → 2027-04-01, the earlier.
        assertThat(new ProjectRetention(project(day("2025-01-31"), day("2025-03-31"), 30), Money.of("1.00"), null)
                        .getDueDate())
                .isEqualTo(day("2027-04-01"));
        // 12 months: warranty end 2025-01-31 + 12 = 2026-01-31 → 2026-02-01, before the cap (2027-04-01).
        assertThat(new ProjectRetention(project(day("2025-01-31"), day("2025-03-31"), 12), Money.of("1.00"), null)
                        .getDueDate())
                .isEqualTo(day("2026-02-01"));
        // Exactly 24 months: both give 2023-08-31 + 24 = 2025-08-31 → 2025-09-01.
        assertThat(new ProjectRetention(project(day("2023-08-31"), null, 24), Money.of("1.00"), null).getDueDate())
                .isEqualTo(day("2025-09-01"));
    }

    @Test
    @DisplayName(
            "R-C8 overdue follows the payment due date: not late on or after the due date without an application; late the day after payment due, with interest; not late once collected")
    void overdueAfterThePaymentDueDateOnly() {
        ProjectRetention retention =
                new ProjectRetention(project(day("2024-02-29"), null, 36), Money.of("365000.00"), null);
        retention.agreeReturnTerms(14, new BigDecimal("3.65"));
        LateInterest unused = LateInterest.atContractRate(new BigDecimal("3.65"));

        // Due 2026-03-01; a year later, nothing applied: nothing is late, no interest (the old rule said overdue).
        ReturnStatus notApplied = retention.returnStatusOn(day("2027-03-01"), NO_HOLIDAYS, unused);
        assertThat(retention.isOverdue(notApplied)).isFalse();
        assertThat(notApplied.interestAccrued()).isEqualTo(Money.ZERO);

        // Applied and received Monday 2026-03-02; verified without objection Tuesday 2026-03-10;
        // payment due 2026-03-10 + 14 = 2026-03-24 (Tuesday).
        retention.applyForReturn(day("2026-03-02"), day("2026-03-02"), ReturnChannel.BY_HAND);
        retention.recordVerification(day("2026-03-10"), false, null, NO_HOLIDAYS);
        ReturnStatus onPaymentDue = retention.returnStatusOn(day("2026-03-24"), NO_HOLIDAYS, unused);
        assertThat(onPaymentDue.paymentDueDate()).isEqualTo(day("2026-03-24"));
        assertThat(retention.isOverdue(onPaymentDue)).isFalse();

        // 2026-03-26: two days late; 365 000 × 3.65 % ÷ 365 = 36.50 a day → 73.00.
        ReturnStatus late = retention.returnStatusOn(day("2026-03-26"), NO_HOLIDAYS, unused);
        assertThat(retention.isOverdue(late)).isTrue();
        assertThat(late.interestAccrued()).isEqualTo(Money.of("73.00"));

        retention.collect(Money.of("365000.00"), day("2026-03-26"));
        assertThat(retention.isOverdue(retention.returnStatusOn(day("2026-03-27"), NO_HOLIDAYS, unused)))
                .isFalse();
        assertThat(retention.isOverdue(retention.returnStatusOn(day("2026-03-26"), NO_HOLIDAYS, unused)))
                .as("collected on that day: nothing outstanding at its end")
                .isFalse();
    }
}
