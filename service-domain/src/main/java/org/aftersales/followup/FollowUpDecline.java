package org.aftersales.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/**
 * The owner declined the two-weekly follow-ups (R-F2: "an owner who declines follow-ups is recorded as such"): who
 * recorded it, when, and the reason the owner gave. While it stands, the project is skipped by the follow-up planner.
 * The owner may change their mind: the decline is then withdrawn (who, when), and kept as history.
 */
@Entity
@Table(name = "follow_up_decline")
public class FollowUpDecline extends BaseEntity {

    public static final int REASON_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "declined_at", nullable = false, updatable = false)
    private Instant declinedAt;

    @NotNull
    @Column(name = "recorded_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String recordedBy;

    @NotNull
    @Size(max = REASON_LENGTH)
    @Column(nullable = false, updatable = false, length = REASON_LENGTH)
    private String reason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = USER_NAME_LENGTH)
    private String withdrawnBy;

    protected FollowUpDecline() {}

    public FollowUpDecline(Project project, Instant declinedAt, String recordedBy, String reason) {
        String stated = Inputs.stripToNull(reason);
        if (stated == null) {
            throw new BusinessException("reason", "followUp.error.declineReasonRequired");
        }
        this.project = project;
        this.declinedAt = declinedAt;
        this.recordedBy = recordedBy;
        this.reason = stated;
    }

    /** The owner agreed to be contacted again: the cadence resumes from the last contact that reached them. */
    public void withdraw(Instant at, String by) {
        if (withdrawnAt != null) {
            throw new BusinessException("followUp.error.declineAlreadyWithdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    /** In force at {@code at}: declined by then and not withdrawn by then. */
    public boolean inForceAt(Instant at) {
        return !declinedAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at));
    }

    public Project getProject() {
        return project;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
