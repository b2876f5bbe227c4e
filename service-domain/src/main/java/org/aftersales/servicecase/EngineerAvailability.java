package org.aftersales.servicecase;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.staff.Qualification;

/**
 * What the dispatcher sees of one after-sales engineer (R-S6): which of the four required skills they have, which they
 * lack — any gap flags them for training (R-K4) — and where they are already booked in the window looked at.
 */
public record EngineerAvailability(
        long engineerId,
        String username,
        String displayName,
        Set<Qualification> qualifications,
        List<Booking> bookings) {

    /** An approved dispatch of the engineer overlapping the window looked at. */
    public record Booking(long dispatchId, long caseId, String caseNumber, Instant plannedFrom, Instant plannedTo) {}

    public EngineerAvailability {
        qualifications =
                qualifications.isEmpty() ? EnumSet.noneOf(Qualification.class) : EnumSet.copyOf(qualifications);
        bookings = List.copyOf(bookings);
    }

    /** The required skills the engineer lacks, in the order of {@link Qualification}. */
    public List<Qualification> missingQualifications() {
        return Arrays.stream(Qualification.values())
                .filter(q -> !qualifications.contains(q))
                .toList();
    }

    /** Every engineer must have all four skills (必须具备): one lacking any is flagged for training. */
    public boolean flaggedForTraining() {
        return !missingQualifications().isEmpty();
    }

    /** Whether an approved dispatch already books the engineer at some moment of the window looked at. */
    public boolean booked() {
        return !bookings.isEmpty();
    }
}
