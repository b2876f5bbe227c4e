package org.aftersales.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.manual.ManualVersion;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.staff.AppUser;

/**
 * A training that took place (R-K2 training records, R-K4 training history): who was trained, on which manual version
 * or topic, when, and by whom (the trainer); who recorded it is the record's creator. Never changed afterwards.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends BaseEntity {

    public static final int TOPIC_LENGTH = 200;
    public static final int TRAINER_LENGTH = 100;
    public static final int NOTE_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
    private AppUser trainee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manual_version_id", updatable = false)
    private ManualVersion manualVersion;

    @NotBlank
    @Size(max = TOPIC_LENGTH)
    @Column(nullable = false, updatable = false, length = TOPIC_LENGTH)
    private String topic;

    @Column(name = "trained_on", nullable = false, updatable = false)
    private LocalDate trainedOn;

    @NotBlank
    @Size(max = TRAINER_LENGTH)
    @Column(nullable = false, updatable = false, length = TRAINER_LENGTH)
    private String trainer;

    @Size(max = NOTE_LENGTH)
    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected TrainingRecord() {}

    /**
     * @param manualVersion the version trained on, or {@code null} for another topic
     * @param topic         defaults to the manual's number, title and version
     */
    public TrainingRecord(
            AppUser trainee,
            ManualVersion manualVersion,
            String topic,
            LocalDate trainedOn,
            String trainer,
            String note,
            LocalDate today) {
        if (trainee == null) {
            throw new BusinessException("traineeId", "training.error.traineeRequired");
        }
        String subject = Inputs.stripToNull(topic);
        if (subject == null && manualVersion != null) {
            subject = manualVersion.getManual().getNumber() + " "
                    + manualVersion.getManual().getTitle() + " " + manualVersion.getLabel();
        }
        if (subject == null) {
            throw new BusinessException("topic", "training.error.topicRequired");
        }
        if (trainedOn == null) {
            throw new BusinessException("trainedOn", "training.error.dateRequired");
        }
        if (trainedOn.isAfter(today)) {
            throw new BusinessException("trainedOn", "training.error.dateInFuture");
        }
        String trainerName = Inputs.stripToNull(trainer);
        if (trainerName == null) {
            throw new BusinessException("trainer", "training.error.trainerRequired");
        }
        this.trainee = trainee;
        this.manualVersion = manualVersion;
        this.topic = subject.length() > TOPIC_LENGTH ? subject.substring(0, TOPIC_LENGTH) : subject;
        this.trainedOn = trainedOn;
        this.trainer = trainerName.length() > TRAINER_LENGTH ? trainerName.substring(0, TRAINER_LENGTH) : trainerName;
        String noteText = Inputs.stripToNull(note);
        this.note = noteText != null && noteText.length() > NOTE_LENGTH ? noteText.substring(0, NOTE_LENGTH) : noteText;
    }

    public AppUser getTrainee() {
        return trainee;
    }

    public ManualVersion getManualVersion() {
        return manualVersion;
    }

    public String getTopic() {
        return topic;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public String getTrainer() {
        return trainer;
    }

    public String getNote() {
        return note;
    }
}
