package org.aftersales.servicecase;

import java.time.Instant;
import java.util.Objects;

/**
 * When an act on a case happened as the user claims it, and when it was entered (Robustness issue: "acts on a case carry
 * both the time the user claims and the time they were entered"). Judged by {@link LateEntryRule}; a claim older than
 * the rule's bound carries the reason it was entered late — a paper report entered the next day, a fax over the
 * weekend — and is a <em>late entry</em>.
 *
 * @param claimedAt the business time: what the clocks are judged by
 * @param enteredAt when it was recorded, from the injected clock
 * @param lateReason why a claim beyond the bound was entered late; {@code null} for a timely entry
 */
public record ClaimedTime(Instant claimedAt, Instant enteredAt, String lateReason) {

    public ClaimedTime {
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    /** Entered later than the bound allows without a reason: the timeline marks it, the monthly report counts it. */
    public boolean isLate() {
        return lateReason != null;
    }
}
