package org.aftersales.followup;

/**
 * A project's follow-up compliance in one month (R-F2; issue 6, monthly report sheet 6): how many contacts fell due in
 * the month, how many were made by their due date, how many were missed (made late, or still not made), and whether
 * the owner had declined follow-ups at the month's end.
 */
public record FollowUpCompliance(
        long projectId,
        String projectCode,
        String projectName,
        int dueInMonth,
        int metInTime,
        int missed,
        boolean declined) {

    /** Percent of the month's due contacts made in time; {@code null} when none fell due. */
    public Integer percentInTime() {
        return dueInMonth == 0 ? null : Math.round(100f * metInTime / dueInMonth);
    }
}
