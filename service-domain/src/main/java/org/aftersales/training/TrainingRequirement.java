package org.aftersales.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.aftersales.manual.ManualVersion;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;

/**
 * One person of the staff concerned owes training on an approved manual version (R-K2: 对相关人员进行培训). Arises when the
 * version is approved, with a due date; closed by the {@link TrainingRecord} that shows the training took place, or
 * superseded when a later version is approved first. The open ones are the list of who still owes training.
 */
@Entity
@Table(
        name = "training_requirement",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_training_requirement",
                        columnNames = {"trainee_id", "manual_version_id"}))
public class TrainingRequirement extends BaseEntity {

    /** Training is due within this many days of the approval ("及时"). */
    public static final int DUE_DAYS = 30;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
    private AppUser trainee;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "manual_version_id", nullable = false, updatable = false)
    private ManualVersion manualVersion;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingState state = TrainingState.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_record_id")
    private TrainingRecord record;

    protected TrainingRequirement() {}

    public TrainingRequirement(AppUser trainee, ManualVersion manualVersion, LocalDate approvedOn) {
        this.trainee = trainee;
        this.manualVersion = manualVersion;
        this.dueDate = approvedOn.plusDays(DUE_DAYS);
    }

    /** The training took place: the record closes the requirement. */
    public void closeWith(TrainingRecord trainingRecord) {
        if (state != TrainingState.OPEN) {
            throw new BusinessException("training.error.notOpen");
        }
        if (!trainingRecord.getTrainee().equals(trainee) || !manualVersion.equals(trainingRecord.getManualVersion())) {
            throw new BusinessException("training.error.recordDoesNotMatch");
        }
        this.record = trainingRecord;
        this.state = TrainingState.DONE;
    }

    /** A later version was approved before this training took place. */
    public void supersede() {
        if (state == TrainingState.OPEN) {
            state = TrainingState.SUPERSEDED;
        }
    }

    public boolean isOverdueOn(LocalDate day) {
        return state == TrainingState.OPEN && day.isAfter(dueDate);
    }

    public AppUser getTrainee() {
        return trainee;
    }

    public ManualVersion getManualVersion() {
        return manualVersion;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TrainingState getState() {
        return state;
    }

    public TrainingRecord getRecord() {
        return record;
    }
}
