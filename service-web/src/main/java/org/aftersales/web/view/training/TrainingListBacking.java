package org.aftersales.web.view.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.aftersales.manual.ManualService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.training.TrainingFilter;
import org.aftersales.training.TrainingRecord;
import org.aftersales.training.TrainingRequirement;
import org.aftersales.training.TrainingService;
import org.aftersales.training.TrainingState;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/**
 * training/requirements.xhtml: who still owes training on approved manual versions (R-K2), overdue ones flagged, and
 * the dialog that records a training — which closes the requirement.
 */
@Named
@ViewScoped
public class TrainingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingService training;

    @Inject
    transient ManualService manuals;

    @Inject
    transient Caller caller;

    private TrainingState state = TrainingState.OPEN;
    private Long manualId;
    private Long requirementId;
    private String trainee;
    private String topic;
    private LocalDate trainedOn;
    private String trainer;
    private String note;

    private final PagedModel<TrainingRequirement> list =
            new PagedModel<>(request -> training.requirements(new TrainingFilter(state, manualId, null), request));

    /** Called by f:viewAction: with {@code ?manual=ID}, that manual's requirements (404 for a manual that does not exist). */
    public void load() {
        if (!caller.may(Permission.MANUAL_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (manualId != null) {
            manuals.find(manualId);
        }
    }

    public void startRecord(long id, String traineeName, String subject) {
        requirementId = id;
        trainee = traineeName;
        topic = subject;
        trainedOn = training.today();
        trainer = null;
        note = null;
    }

    public void record() {
        TrainingRecord record = training.record(requirementId, trainedOn, trainer, note);
        Pages.info("training.recorded", trainee, record.getTopic());
    }

    public boolean overdue(TrainingRequirement requirement) {
        return requirement.isOverdueOn(training.today());
    }

    public boolean isRecorder() {
        return caller.may(Permission.TRAINING_RECORD);
    }

    public PagedModel<TrainingRequirement> getList() {
        return list;
    }

    public TrainingState[] getStates() {
        return TrainingState.values();
    }

    public TrainingState getState() {
        return state;
    }

    public void setState(TrainingState state) {
        this.state = state;
    }

    public Long getManualId() {
        return manualId;
    }

    public void setManualId(Long manualId) {
        this.manualId = manualId;
    }

    public String getTrainee() {
        return trainee;
    }

    public String getTopic() {
        return topic;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
