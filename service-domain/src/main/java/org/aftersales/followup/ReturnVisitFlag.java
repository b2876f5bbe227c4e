package org.aftersales.followup;

import java.time.LocalDate;

/**
 * R-F3: a project without a done return visit is flagged from 30 days before its warranty ends — early enough for
 * the project department to still make the visit within the service period — and stays flagged until one is done.
 * A planned visit does not clear the flag. A project without formal handover has no warranty end yet: not flagged.
 */
public final class ReturnVisitFlag {

    /** Days before the warranty end from which a project without a done return visit is flagged. */
    public static final int DAYS_BEFORE_WARRANTY_END = 30;

    private ReturnVisitFlag() {}

    /** The first day of the flag, or {@code null} when the warranty end is not known yet. */
    public static LocalDate flagFrom(LocalDate warrantyEnd) {
        return warrantyEnd == null ? null : warrantyEnd.minusDays(DAYS_BEFORE_WARRANTY_END);
    }

    public static boolean flagged(LocalDate warrantyEnd, boolean doneInServicePeriod, LocalDate asOf) {
        LocalDate from = flagFrom(warrantyEnd);
        return from != null && !doneInServicePeriod && !asOf.isBefore(from);
    }
}
