package org.aftersales.web.view.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.EngineerSkills;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.SkillsMatrixService;
import org.aftersales.training.TrainingRecord;
import org.aftersales.training.TrainingService;
import org.aftersales.web.view.Pages;

/**
 * staff/skills.xhtml: the skills matrix (R-K4) — engineers × the four required skills with dates and evidence, gaps
 * flagged for training (R-S6), trainings still owed — with each engineer's training history and the dialog that
 * records a newly gained skill.
 */
@Named
@ViewScoped
public class SkillsMatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SkillsMatrixService skills;

    @Inject
    transient TrainingService training;

    @Inject
    transient Caller caller;

    private List<EngineerSkills> matrix = List.of();
    private String historyOf;
    private List<TrainingRecord> history = List.of();
    private Long engineerId;
    private String engineerName;
    private Qualification qualification;
    private LocalDate since;
    private String evidence;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.SKILLS_VIEW)) {
            Pages.sendError(403);
            return;
        }
        matrix = skills.matrix();
    }

    public void showHistory(EngineerSkills row) {
        historyOf = row.displayName();
        history = training.history(row.userId());
    }

    public void startGrant(EngineerSkills row) {
        engineerId = row.userId();
        engineerName = row.displayName();
        qualification = row.gaps().isEmpty() ? null : row.gaps().get(0);
        since = training.today();
        evidence = null;
    }

    public void grant() {
        skills.grant(engineerId, qualification, since, evidence);
        matrix = skills.matrix();
        Pages.info("skills.granted", engineerName);
    }

    public boolean isEditable() {
        return caller.may(Permission.SKILLS_EDIT);
    }

    public List<EngineerSkills> getMatrix() {
        return matrix;
    }

    public Qualification[] getQualifications() {
        return Qualification.values();
    }

    public String getHistoryOf() {
        return historyOf;
    }

    public List<TrainingRecord> getHistory() {
        return history;
    }

    public String getEngineerName() {
        return engineerName;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public void setQualification(Qualification qualification) {
        this.qualification = qualification;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
