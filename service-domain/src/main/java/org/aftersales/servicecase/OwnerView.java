package org.aftersales.servicecase;

import java.time.Instant;
import java.util.List;

/**
 * What the owner's link shows (issue 16): the case number, its status, the project, when the call came in, who comes
 * and when, and the running clocks — nothing internal: no costs, no notes, no people's ids, no other owner's data.
 */
public record OwnerView(
        String number,
        CaseStatus status,
        String projectName,
        Instant receivedAt,
        Visit visit,
        List<Clock> clocks,
        Instant expiresAt) {

    /** The approved dispatch: the engineers' display names, the planned window and the arrival agreed with the owner. */
    public record Visit(List<String> engineers, Instant plannedFrom, Instant plannedTo, Instant agreedArrivalAt) {}

    /** A started clock as plain data: its kind, when it is due and how it stands now. */
    public record Clock(ClockKind kind, Instant dueAt, ClockState state) {}
}
