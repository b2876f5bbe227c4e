package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The late-entry rule on its own (Robustness issue: claimed and entered times): at an exact moment of entry, with the
 * policy's default bound of 24 h (R-O2).
 */
class LateEntryRuleTest {

    /** Monday 2026-03-16 09:00 Shanghai. */
    private static final Instant ENTERED = Instant.parse("2026-03-16T01:00:00Z");

    private final LateEntryRule rule = LateEntryRule.hours(24, ENTERED);

    private static Instant hoursBefore(long hours) {
        return ENTERED.minus(Duration.ofHours(hours));
    }

    private static BusinessException refusal(Runnable judging) {
        try {
            judging.run();
        } catch (BusinessException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("R-S3 an act without a time is claimed now and entered now: a timely entry")
    void noTimeIsNow() {
        ClaimedTime claimed = rule.judgeAct(null, null, hoursBefore(2));

        assertThat(claimed.claimedAt()).isEqualTo(ENTERED);
        assertThat(claimed.enteredAt()).isEqualTo(ENTERED);
        assertThat(claimed.isLate()).isFalse();
    }

    @Test
    @DisplayName(
            "R-S3 a claim in the future is refused on at (beyond the 5-minute clock skew; within it, taken as given)")
    void futureRefused() {
        BusinessException refused = refusal(() -> rule.judgeAct(ENTERED.plus(Duration.ofMinutes(6)), "补录", null));

        assertThat(refused.getField()).isEqualTo("at");
        assertThat(refused.getMessageKey()).isEqualTo("case.error.inFuture");
        assertThat(rule.judgeAct(ENTERED.plus(Duration.ofMinutes(5)), null, null)
                        .claimedAt())
                .isEqualTo(ENTERED.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName(
            "R-S5 a claim earlier than the act it follows is refused on at, naming both times — even with a reason")
    void beforePreviousActRefused() {
        Instant previous = hoursBefore(3);

        BusinessException refused = refusal(() -> rule.judgeAct(hoursBefore(4), "纸质记录补录", previous));

        assertThat(refused.getField()).isEqualTo("at");
        assertThat(refused.getMessageKey()).isEqualTo("case.error.beforePreviousAct");
        assertThat(refused.getArguments()).containsExactly(hoursBefore(4), previous);
        assertThat(rule.judgeAct(previous, null, previous).claimedAt())
                .as("at the same instant as the previous act: in order")
                .isEqualTo(previous);
    }

    @Test
    @DisplayName(
            "R-S5 a claim older than the 24 h bound is refused without a late reason (field lateReason), blank counts as none")
    void beyondBoundNeedsReason() {
        for (String none : new String[] {null, "", "  "}) {
            BusinessException refused = refusal(() -> rule.judgeAct(hoursBefore(25), none, null));

            assertThat(refused.getField()).isEqualTo("lateReason");
            assertThat(refused.getMessageKey()).isEqualTo("case.error.lateReasonRequired");
            assertThat(refused.getArguments()).containsExactly(24L);
        }
    }

    @Test
    @DisplayName("R-S5 a claim older than the bound with a late reason is accepted as claimed and marked late")
    void beyondBoundWithReasonIsLate() {
        ClaimedTime claimed = rule.judgeAct(hoursBefore(62), "  周末收到的传真，周一补录  ", hoursBefore(70));

        assertThat(claimed.claimedAt()).isEqualTo(hoursBefore(62));
        assertThat(claimed.enteredAt()).isEqualTo(ENTERED);
        assertThat(claimed.isLate()).isTrue();
        assertThat(claimed.lateReason()).isEqualTo("周末收到的传真，周一补录");
    }

    @Test
    @DisplayName("R-S5 a late reason is at most 500 characters")
    void reasonLength() {
        BusinessException refused = refusal(() -> rule.judgeAct(hoursBefore(30), "因".repeat(501), null));

        assertThat(refused.getField()).isEqualTo("lateReason");
        assertThat(refused.getMessageKey()).isEqualTo("case.error.tooLong");
        assertThat(rule.judgeAct(hoursBefore(30), "因".repeat(500), null).isLate())
                .isTrue();
    }

    @Test
    @DisplayName(
            "R-S3 within the bound — up to exactly 24 h back — a claim is a timely entry; a reason given anyway is not kept")
    void withinBoundIsTimely() {
        ClaimedTime exactly = rule.judgeAct(hoursBefore(24), null, null);
        ClaimedTime withReason = rule.judgeAct(hoursBefore(2), "顺便说明", null);

        assertThat(exactly.isLate()).isFalse();
        assertThat(exactly.claimedAt()).isEqualTo(hoursBefore(24));
        assertThat(withReason.isLate()).isFalse();
        assertThat(withReason.lateReason()).isNull();
        assertThatThrownBy(() -> rule.judgeAct(hoursBefore(24).minusSeconds(1), null, null))
                .as("one second beyond the bound")
                .hasMessage("case.error.lateReasonRequired");
    }

    @Test
    @DisplayName("R-O2 the bound is the policy's: with 48 h a claim of 30 h ago is timely, one of 49 h needs a reason")
    void boundFromPolicy() {
        LateEntryRule twoDays = LateEntryRule.hours(48, ENTERED);

        assertThat(twoDays.judgeAct(hoursBefore(30), null, null).isLate()).isFalse();
        assertThatThrownBy(() -> twoDays.judgeAct(hoursBefore(49), null, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.lateReasonRequired")
                .extracting(e -> ((BusinessException) e).getArguments()[0])
                .isEqualTo(48L);
    }

    @Test
    @DisplayName(
            "R-S1 intake: receivedAt in the future or older than the bound without a reason is refused on its field")
    void intake() {
        assertThat(refusal(() -> rule.judgeIntake(ENTERED.plus(Duration.ofHours(1)), null))
                        .getMessageKey())
                .isEqualTo("case.error.receivedInFuture");
        BusinessException refused = refusal(() -> rule.judgeIntake(hoursBefore(60), null));
        assertThat(refused.getField()).isEqualTo("lateReason");
        assertThat(rule.judgeIntake(hoursBefore(60), "周五的传真，周一登记").isLate()).isTrue();
        assertThat(rule.judgeIntake(null, null).claimedAt()).isEqualTo(ENTERED);
    }
}
