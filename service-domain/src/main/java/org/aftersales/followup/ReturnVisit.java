package org.aftersales.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * A return visit (回访) to a project's owner (R-F3; 第四章第四条3): at least one per project during its service
 * period — from provisional handover to the end of the warranty —, arranged by the project's project department.
 *
 * <p>A visit is planned for a day, then done and recorded with its report: the day it took place, who went, what
 * they found and the owner's opinion. Only a done visit within the service period counts; a project without one
 * from 30 days before its warranty ends is flagged ({@link ReturnVisitFlag}) — a visit only planned shows, but does
 * not clear the flag.
 */
@Entity
@Table(name = "return_visit")
public class ReturnVisit extends BaseEntity {

    public static final int PARTICIPANTS_LENGTH = 300;
    public static final int TEXT_LENGTH = 2000;
    public static final int NOTE_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnVisitStatus status;

    @NotNull
    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Size(max = NOTE_LENGTH)
    @Column(name = "plan_note", length = NOTE_LENGTH)
    private String planNote;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Size(max = PARTICIPANTS_LENGTH)
    @Column(length = PARTICIPANTS_LENGTH)
    private String participants;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String findings;

    @Size(max = TEXT_LENGTH)
    @Column(name = "owner_opinion", length = TEXT_LENGTH)
    private String ownerOpinion;

    @Column(name = "recorded_by", length = USER_NAME_LENGTH)
    private String recordedBy;

    protected ReturnVisit() {}

    /** Plans a visit for {@code plannedDate}, which must lie on or after provisional handover (the service period). */
    public ReturnVisit(Project project, LocalDate plannedDate, String note) {
        this.project = project;
        this.status = ReturnVisitStatus.PLANNED;
        reschedule(plannedDate, note);
    }

    /** Moves a planned visit to another day. */
    public void reschedule(LocalDate newDate, String note) {
        if (status == ReturnVisitStatus.DONE) {
            throw new BusinessException("plannedDate", "returnVisit.error.alreadyDone");
        }
        requireInServicePeriod("plannedDate", newDate);
        this.plannedDate = newDate;
        this.planNote = Inputs.stripToNull(note);
    }

    /**
     * Records the visit as done with its report (R-F3). The visit date lies in the service period and not after
     * {@code today}; participants and findings are required.
     */
    public void recordDone(ReturnVisitReport report, LocalDate today, String by) {
        if (status == ReturnVisitStatus.DONE) {
            throw new BusinessException("visitDate", "returnVisit.error.alreadyDone");
        }
        requireInServicePeriod("visitDate", report.visitDate());
        if (report.visitDate().isAfter(today)) {
            throw new BusinessException("visitDate", "returnVisit.error.visitInFuture", report.visitDate());
        }
        String who = Inputs.stripToNull(report.participants());
        if (who == null) {
            throw new BusinessException("participants", "returnVisit.error.participantsRequired");
        }
        String found = Inputs.stripToNull(report.findings());
        if (found == null) {
            throw new BusinessException("findings", "returnVisit.error.findingsRequired");
        }
        this.visitDate = report.visitDate();
        this.participants = who;
        this.findings = found;
        this.ownerOpinion = Inputs.stripToNull(report.ownerOpinion());
        this.recordedBy = by;
        this.status = ReturnVisitStatus.DONE;
    }

    private void requireInServicePeriod(String field, LocalDate day) {
        if (day == null) {
            throw new BusinessException(field, "returnVisit.error.dateRequired");
        }
        LocalDate start = project.getProvisionalHandoverDate();
        if (start == null || day.isBefore(start)) {
            throw new BusinessException(field, "returnVisit.error.beforeServicePeriod", start);
        }
    }

    /** Done within the service period (on or before the warranty end): the visit R-F3 asks for. */
    public boolean countsForServicePeriod() {
        LocalDate end = project.getWarrantyEnd();
        return status == ReturnVisitStatus.DONE && (end == null || !visitDate.isAfter(end));
    }

    public boolean isDone() {
        return status == ReturnVisitStatus.DONE;
    }

    public Project getProject() {
        return project;
    }

    public ReturnVisitStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public String getPlanNote() {
        return planNote;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getParticipants() {
        return participants;
    }

    public String getFindings() {
        return findings;
    }

    public String getOwnerOpinion() {
        return ownerOpinion;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
