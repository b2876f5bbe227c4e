package org.aftersales.web.view.followups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.followup.ReturnVisit;
import org.aftersales.followup.ReturnVisitFilter;
import org.aftersales.followup.ReturnVisitOverview;
import org.aftersales.followup.ReturnVisitReport;
import org.aftersales.followup.ReturnVisitService;
import org.aftersales.project.ProjectService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.PagedRows;
import org.aftersales.web.view.Pages;

/**
 * followups/return-visits.xhtml: every project from provisional handover on with its return visits, planned and done,
 * and the R-F3 flag (no done visit from 30 days before the warranty ends). The project department (own projects) and
 * the after-sales specialist plan visits, record them done with the visit report, and cancel planned ones (with
 * confirmation).
 */
@Named
@ViewScoped
public class ReturnVisitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReturnVisitService visits;

    @Inject
    transient ProjectService projects;

    @Inject
    transient Caller caller;

    private LocalDate today;
    private Long projectDepartmentId;
    private boolean flaggedOnly;

    private long planProjectId;
    private String planProjectLabel;
    private LocalDate plannedDate;
    private String planNote;

    private long reportVisitId;
    private long reportVersion;
    private LocalDate visitDate;
    private String participants;
    private String findings;
    private String ownerOpinion;

    private final PagedRows<ReturnVisitOverview> list = new PagedRows<>(
            request -> visits.list(today, new ReturnVisitFilter(null, projectDepartmentId, flaggedOnly), request),
            row -> String.valueOf(row.projectId()));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.FOLLOW_UP_VIEW)) {
            Pages.sendError(403);
            return;
        }
        today = visits.today();
    }

    public void startPlan(long projectId, String label) {
        planProjectId = projectId;
        planProjectLabel = label;
        plannedDate = null;
        planNote = null;
    }

    public void plan() {
        ReturnVisit planned = visits.plan(planProjectId, plannedDate, planNote);
        Pages.info(
                "returnVisit.planned",
                planned.getProject().getCode(),
                planned.getPlannedDate().toString());
    }

    public void startReport(long visitId) {
        ReturnVisit visit = visits.find(visitId);
        reportVisitId = visitId;
        reportVersion = visit.getVersion();
        visitDate = visit.getPlannedDate().isAfter(today) ? today : visit.getPlannedDate();
        participants = null;
        findings = null;
        ownerOpinion = null;
    }

    public void recordDone() {
        ReturnVisit done = visits.recordDone(
                reportVisitId, reportVersion, new ReturnVisitReport(visitDate, participants, findings, ownerOpinion));
        Pages.info(
                "returnVisit.recorded",
                done.getProject().getCode(),
                done.getVisitDate().toString());
    }

    public void cancel(long visitId) {
        String code = visits.find(visitId).getProject().getCode();
        visits.cancel(visitId);
        Pages.info("returnVisit.cancelled", code);
    }

    public boolean isEditing() {
        return caller.may(Permission.RETURN_VISIT_EDIT);
    }

    public List<Department> getProjectDepartments() {
        return projects.projectDepartments();
    }

    public PagedRows<ReturnVisitOverview> getList() {
        return list;
    }

    public LocalDate getToday() {
        return today;
    }

    public Long getProjectDepartmentId() {
        return projectDepartmentId;
    }

    public void setProjectDepartmentId(Long projectDepartmentId) {
        this.projectDepartmentId = projectDepartmentId;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }

    public String getPlanProjectLabel() {
        return planProjectLabel;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getPlanNote() {
        return planNote;
    }

    public void setPlanNote(String planNote) {
        this.planNote = planNote;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getOwnerOpinion() {
        return ownerOpinion;
    }

    public void setOwnerOpinion(String ownerOpinion) {
        this.ownerOpinion = ownerOpinion;
    }
}
