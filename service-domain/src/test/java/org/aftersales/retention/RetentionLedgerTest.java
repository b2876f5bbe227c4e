package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionLedgerTest {

    private static Project project(String price) {
        Project project = new Project("WTP-R", "再生水厂", new Owner("水务集团"), 12);
        project.recordContract("HT-1", price == null ? null : Money.of(price));
        project.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), null, 12));
        return project;
    }

    private static SubcontractorRetention held(String amount) {
        return new SubcontractorRetention(
                project("1000000.00"),
                new Subcontractor("风机厂", SubcontractorKind.EQUIPMENT_SUPPLIER),
                Money.of(amount),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 2, 28),
                null);
    }

    @Test
    @DisplayName("R-C4 balance = held − deducted − released; each movement is a ledger line")
    void balanceFollowsTheLedger() {
        SubcontractorRetention retention = held("50000.00");

        retention.deduct(Money.of("12000.50"), "鼓风机轴承损坏更换费用", 42L, LocalDate.of(2025, 6, 1));
        retention.release(Money.of("30000.00"), LocalDate.of(2026, 3, 1));

        assertThat(retention.balance()).isEqualTo(Money.of("7999.50"));
        assertThat(retention.getEntries())
                .extracting(RetentionEntry::getKind)
                .containsExactly(RetentionEntryKind.HELD, RetentionEntryKind.DEDUCTED, RetentionEntryKind.RELEASED);
        assertThat(retention.getEntries().get(1).getServiceCaseId()).isEqualTo(42L);
    }

    @Test
    @DisplayName("R-C4 a deduction can never exceed the balance: refused with the amounts, nothing booked")
    void deductionNeverExceedsTheBalance() {
        SubcontractorRetention retention = held("10000.00");
        retention.deduct(Money.of("9000.00"), "潜水泵机械密封更换", null, LocalDate.of(2025, 6, 1));

        assertThatThrownBy(() -> retention.deduct(Money.of("1000.01"), "再次更换", null, LocalDate.of(2025, 7, 1)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("retention.error.overdraw");
        assertThat(retention.balance()).isEqualTo(Money.of("1000.00"));
        assertThat(retention.getEntries()).hasSize(2);
        retention.deduct(Money.of("1000.00"), "最后一次", null, LocalDate.of(2025, 7, 1));
        assertThat(retention.balance()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("R-C4 a deduction needs a cause and a positive amount; a release waits for the release date")
    void deductionAndReleaseRules() {
        SubcontractorRetention retention = held("10000.00");

        assertThatThrownBy(() -> retention.deduct(Money.of("10.00"), " ", null, LocalDate.of(2025, 6, 1)))
                .hasMessage("retention.error.causeRequired");
        assertThatThrownBy(() -> retention.deduct(Money.of("0.00"), "x", null, LocalDate.of(2025, 6, 1)))
                .hasMessage("retention.error.amountPositive");
        assertThatThrownBy(() -> retention.release(Money.of("10.00"), LocalDate.of(2026, 2, 28)))
                .hasMessage("retention.error.releaseTooEarly");
        assertThat(retention
                        .release(Money.of("10.00"), LocalDate.of(2026, 3, 1))
                        .getKind())
                .isEqualTo(RetentionEntryKind.RELEASED);
    }

    @Test
    @DisplayName("R-C5 dueDate is the day after warrantyEnd by default (2026-03-01 → 2026-03-02)")
    void dueDateIsTheDayAfterTheWarranty() {
        ProjectRetention retention = new ProjectRetention(project("1000000.00"), Money.of("30000.00"), null);

        assertThat(retention.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    @DisplayName("R-C5 with the contract's defect-liability months the due date counts from completion acceptance")
    void dueDateFromDefectLiabilityMonths() {
        Project project = project("1000000.00");
        project.recordHandover(
                new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31), 12));

        ProjectRetention retention = new ProjectRetention(project, Money.of("30000.00"), 24);

        assertThat(retention.getDueDate())
                .as("2025-08-31 + 24 months = 2027-08-31, the day after")
                .isEqualTo(LocalDate.of(2027, 9, 1));
        assertThatThrownBy(() -> new ProjectRetention(project, Money.of("1.00"), 25))
                .hasMessage("retention.error.defectLiabilityMonths");
    }

    @Test
    @DisplayName("R-C5 collections in parts reduce the outstanding amount; collecting more than outstanding is refused")
    void collections() {
        ProjectRetention retention = new ProjectRetention(project("1000000.00"), Money.of("30000.00"), null);

        retention.collect(Money.of("10000.00"), LocalDate.of(2026, 3, 10));
        retention.collect(Money.of("15000.00"), LocalDate.of(2026, 4, 20));

        assertThat(retention.outstanding()).isEqualTo(Money.of("5000.00"));
        assertThat(retention.collectedBy(LocalDate.of(2026, 3, 31))).isEqualTo(Money.of("10000.00"));
        assertThatThrownBy(() -> retention.collect(Money.of("5000.01"), LocalDate.of(2026, 5, 1)))
                .hasMessage("retention.error.overCollected");
        // R-C8: the due date (2026-03-02) is the first day to apply, not the day the money is late.
        assertThat(retention.isOverdue(ReturnStatus.notApplied(LocalDate.of(2026, 5, 2))))
                .isFalse();
    }

    @Test
    @DisplayName("R-C8 retention above 3 % of the settled contract price is flagged; exactly 3 % is not")
    void aboveThreePercentIsFlagged() {
        assertThat(new ProjectRetention(project("1000000.00"), Money.of("30000.00"), null).isAboveStatutoryMaximum())
                .isFalse();
        ProjectRetention tooMuch = new ProjectRetention(project("1000000.00"), Money.of("30000.01"), null);
        assertThat(tooMuch.isAboveStatutoryMaximum()).isTrue();
        assertThat(tooMuch.percentOfContractPrice()).isEqualByComparingTo("3.00");
        assertThat(new ProjectRetention(project(null), Money.of("30000.00"), null).isAboveStatutoryMaximum())
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-C5 recovery rate: collected by the period's end on retention due in the period ÷ those amounts; — when none fell due")
    void recoveryRate() {
        ProjectRetention dueInMarch = new ProjectRetention(project("1000000.00"), Money.of("30000.00"), null);
        dueInMarch.collect(Money.of("20000.00"), LocalDate.of(2026, 3, 20));
        dueInMarch.collect(Money.of("10000.00"), LocalDate.of(2026, 4, 2));
        Project later = project("2000000.00");
        later.recordHandover(new HandoverDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), null, 12));
        ProjectRetention dueInJune = new ProjectRetention(later, Money.of("60000.00"), null);

        RecoveryRate march =
                RecoveryRate.of(List.of(dueInMarch, dueInJune), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        RecoveryRate firstHalf =
                RecoveryRate.of(List.of(dueInMarch, dueInJune), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        RecoveryRate january =
                RecoveryRate.of(List.of(dueInMarch, dueInJune), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

        assertThat(march.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("66.67"));
        assertThat(firstHalf.due()).isEqualTo(Money.of("90000.00"));
        assertThat(firstHalf.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("33.33"));
        assertThat(january.percent()).isEmpty();
    }
}
