package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18 item 6: a subcontractor retention's release date must be plausible (R-C4 with R-C8's period). */
class ReleaseDatePlausibilityTest {

    private static final LocalDate ENTERED = LocalDate.of(2025, 5, 10);

    /** Accepted on 2025-03-01 (formal handover = completion acceptance), 12 months' warranty. */
    private static Project accepted() {
        Project project = new Project("WTP-E", "再生水厂", new Owner("水务集团"), 12);
        project.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), null, 12));
        return project;
    }

    /** Still in trial run: provisional handover only. */
    private static Project inTrialRun() {
        Project project = new Project("WTP-T", "试运行水厂", new Owner("水务集团"), 12);
        project.recordHandover(new HandoverDates(LocalDate.of(2026, 4, 1), null, null, 12));
        return project;
    }

    private static SubcontractorRetention hold(Project project, LocalDate releaseDate, String reason) {
        return new SubcontractorRetention(
                project,
                new Subcontractor("风机厂", SubcontractorKind.EQUIPMENT_SUPPLIER),
                Money.of("50000.00"),
                releaseDate,
                ENTERED,
                ProjectRetention.defectLiabilityEndOf(project, null),
                reason);
    }

    private static BusinessException refusal(Runnable act) {
        try {
            act.run();
        } catch (BusinessException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("R-C4 issue 18 item 6: a release date before the retention was entered is refused, reason or not")
    void releaseDateBeforeEntryRefused() {
        BusinessException refused = refusal(() -> hold(accepted(), LocalDate.of(2020, 1, 1), "以银行保函替代"));
        assertThat(refused.getField()).isEqualTo("releaseDate");
        assertThat(refused.getMessageKey()).isEqualTo("retention.error.releaseBeforeEntry");
        assertThat(refused.getArguments()).containsExactly(ENTERED);
    }

    @Test
    @DisplayName(
            "R-C4 issue 18 item 6: a project still in trial run has not begun its defect-liability period — any release date needs a reason")
    void trialRunProjectNeedsReason() {
        BusinessException refused = refusal(() -> hold(inTrialRun(), LocalDate.of(2027, 1, 1), null));
        assertThat(refused.getField()).isEqualTo("earlyReleaseReason");
        assertThat(refused.getMessageKey()).isEqualTo("retention.error.earlyReleaseNotAccepted");

        SubcontractorRetention held = hold(inTrialRun(), LocalDate.of(2027, 1, 1), "  分包商提交银行保函替代质保金 ");
        assertThat(held.getEarlyReleaseReason()).isEqualTo("分包商提交银行保函替代质保金");
        assertThat(held.getReleaseDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    @DisplayName(
            "R-C4 issue 18 item 6: before the defect-liability period ends a reason is asked for and kept; from the day after it, none is needed")
    void earlyReleaseNeedsReason() {
        LocalDate end = ProjectRetention.defectLiabilityEndOf(accepted(), null);
        assertThat(end).isEqualTo(accepted().getWarrantyEnd());

        BusinessException refused = refusal(() -> hold(accepted(), end, " "));
        assertThat(refused.getField()).isEqualTo("earlyReleaseReason");
        assertThat(refused.getMessageKey()).isEqualTo("retention.error.earlyReleaseReasonRequired");
        assertThat(refused.getArguments()).containsExactly(end);

        assertThat(hold(accepted(), end, "以银行保函替代").getEarlyReleaseReason()).isEqualTo("以银行保函替代");
        SubcontractorRetention onTime = hold(accepted(), end.plusDays(1), "无需填写");
        assertThat(onTime.getEarlyReleaseReason())
                .as("not early: no reason kept")
                .isNull();
        assertThat(hold(accepted(), null, null).getReleaseDate())
                .as("no release date yet")
                .isNull();
    }

    @Test
    @DisplayName("R-C4 issue 18 item 6: a release is never dated before the retention was entered")
    void releaseNotBeforeEntry() {
        SubcontractorRetention held = hold(accepted(), null, null);
        BusinessException refused = refusal(() -> held.release(Money.of("100.00"), ENTERED.minusDays(1)));
        assertThat(refused.getMessageKey()).isEqualTo("retention.error.releaseBeforeEntry");
        assertThat(held.release(Money.of("100.00"), ENTERED).getAmount()).isEqualTo(Money.of("100.00"));
        assertThatThrownBy(() -> hold(inTrialRun(), LocalDate.of(2027, 1, 1), "x".repeat(501)))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "retention.error.tooLong");
    }
}
