package org.aftersales.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.project.ProjectPhase;

/**
 * One project's owner follow-up on a given day (R-F2): when the next contact is due, how many days are left (negative:
 * overdue), and the last contact that reached the owner. A read model for the planner, the API and the dashboards;
 * not an entity.
 *
 * @param lastFollowUpId the latest logged contact, reached or not ({@code null} when none)
 * @param lastProblemFollowUpId the latest reached contact if the owner reported a problem there and no service case
 *     was opened from it yet, else {@code null}
 */
public record FollowUpStatus(
        long projectId,
        String projectCode,
        String projectName,
        String ownerName,
        Long projectDepartmentId,
        String projectDepartmentName,
        ProjectPhase phase,
        LocalDate asOf,
        LocalDate dueDate,
        long daysLeft,
        FollowUpState state,
        Instant lastReachedAt,
        String lastReachedContactName,
        String lastReachedBy,
        EquipmentStatus lastEquipmentStatus,
        Instant lastAttemptAt,
        Long lastFollowUpId,
        Long lastProblemFollowUpId,
        String declineReason) {

    public boolean overdue() {
        return state == FollowUpState.OVERDUE;
    }

    public boolean declined() {
        return state == FollowUpState.DECLINED;
    }

    /** Days overdue (0 when not overdue). */
    public long daysOverdue() {
        return daysLeft < 0 ? -daysLeft : 0;
    }
}
