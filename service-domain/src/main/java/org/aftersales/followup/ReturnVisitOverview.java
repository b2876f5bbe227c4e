package org.aftersales.followup;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.project.ProjectPhase;

/**
 * One project's return visits on a given day (R-F3): its visits, planned and done, and whether it is flagged. A read
 * model for the return-visit page, the dashboards and the monthly report.
 *
 * @param flagFrom warranty end − 30 days, the first day the project can be flagged ({@code null} before formal handover)
 */
public record ReturnVisitOverview(
        long projectId,
        String projectCode,
        String projectName,
        String ownerName,
        Long projectDepartmentId,
        String projectDepartmentName,
        ProjectPhase phase,
        LocalDate provisionalHandoverDate,
        LocalDate warrantyEnd,
        LocalDate flagFrom,
        List<ReturnVisit> visits,
        boolean flagged) {

    public long plannedCount() {
        return visits.stream().filter(v -> !v.isDone()).count();
    }

    public long doneCount() {
        return visits.stream().filter(ReturnVisit::isDone).count();
    }

    /** The next planned day, or {@code null}. */
    public LocalDate nextPlannedDate() {
        return visits.stream()
                .filter(v -> !v.isDone())
                .map(ReturnVisit::getPlannedDate)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}
