package org.aftersales.servicecase;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * The one rule on the time an act on a case claims (Robustness issue, item "every act on a case accepts any past
 * {@code at} without a trace, so an arrival can be back-dated to turn a breach into 'met in time' unseen").
 *
 * <p>The clocks of the regulation (第三章: reply and report within 24 h, on site within 72 h; R-S3 … R-S5) are judged by
 * when an act happened, and acts are often entered after the fact — a paper service report typed in the next day, a
 * fax that came in over the weekend. So an act may claim a time in the past, but:
 *
 * <ul>
 *   <li>not in the future (beyond {@link ServiceCase#CLOCK_SKEW}): refused;
 *   <li>not earlier than the act it follows — the latest act already on the case's timeline: refused, so that a
 *       timeline reads in the order it happened and nothing is slipped in before what others already recorded;
 *   <li>not older than the bound (policy parameter {@link org.aftersales.policy.PolicyKey#LATE_ENTRY_HOURS}, 24 h by
 *       default, R-O2) without a reason: refused (422 on {@code lateReason}); with one it is accepted as a <em>late
 *       entry</em> — marked on the timeline with when it was entered and why, and counted in the monthly report's
 *       {@code metByLateEntry} when it met a clock in time;
 *   <li>otherwise it is taken as claimed. A late reason given for a timely claim is not kept: there is nothing to
 *       explain.
 * </ul>
 *
 * <p>Records imported as history (the demo data, a migration) are exempt: they are made through the aggregate's own
 * methods, which take the time as given, not through {@link ServiceCase#enter}.
 *
 * @param bound how old a claim may be without a reason, as the policy says at the moment of entry
 * @param now the moment of entry, from the injected clock
 */
public record LateEntryRule(Duration bound, Instant now) {

    public static final int LATE_REASON_LENGTH = 500;

    public LateEntryRule {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(now, "now");
        if (bound.isNegative() || bound.isZero()) {
            throw new IllegalArgumentException("The late-entry bound must be positive: " + bound);
        }
    }

    /** The rule with the policy's bound in hours, at {@code now}. */
    public static LateEntryRule hours(int boundHours, Instant now) {
        return new LateEntryRule(Duration.ofHours(boundHours), now);
    }

    /**
     * The time an act claims ({@code at}; now when {@code null}), judged against the act it follows.
     *
     * @param previousAct the claimed time of the latest act on the case's timeline; {@code null} when there is none
     */
    public ClaimedTime judgeAct(Instant at, String lateReason, Instant previousAct) {
        return judge("at", "case.error.inFuture", at, lateReason, previousAct);
    }

    /** The time a call was received as the intake claims it ({@code receivedAt}; now when {@code null}). */
    public ClaimedTime judgeIntake(Instant receivedAt, String lateReason) {
        return judge("receivedAt", "case.error.receivedInFuture", receivedAt, lateReason, null);
    }

    private ClaimedTime judge(String field, String inFuture, Instant claimed, String lateReason, Instant previousAct) {
        if (claimed == null) {
            return new ClaimedTime(now, now, null);
        }
        if (claimed.isAfter(now.plus(ServiceCase.CLOCK_SKEW))) {
            throw new BusinessException(field, inFuture);
        }
        if (previousAct != null && claimed.isBefore(previousAct)) {
            throw new BusinessException(field, "case.error.beforePreviousAct", claimed, previousAct);
        }
        if (!isBeyondBound(claimed)) {
            return new ClaimedTime(claimed, now, null);
        }
        String reason = Inputs.stripToNull(lateReason);
        if (reason == null) {
            throw new BusinessException("lateReason", "case.error.lateReasonRequired", bound.toHours());
        }
        if (reason.length() > LATE_REASON_LENGTH) {
            throw new BusinessException("lateReason", "case.error.tooLong", LATE_REASON_LENGTH);
        }
        return new ClaimedTime(claimed, now, reason);
    }

    /** Whether a claim of {@code claimed} entered now is older than the bound, and so needs a late reason. */
    public boolean isBeyondBound(Instant claimed) {
        return Duration.between(claimed, now).compareTo(bound) > 0;
    }
}
