package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.shared.InstantConverter;

/**
 * Intake & routing of a case (R-S1…R-S4, R-S10): the reply, the leader report, the answer a remote case closed with,
 * the reason of a classification override — and, as the acts that change this part's version, the supplier
 * forwardings, complaint hand-offs and owner updates (their own rows). Written only through {@link ServiceCase}.
 */
@Entity
@Table(name = "service_case_intake")
public class IntakePart extends CasePart {

    @Convert(converter = InstantConverter.class)
    @Column(name = "replied_at")
    private Instant repliedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "leader_reported_at")
    private Instant leaderReportedAt;

    /** The answer a remotely handled case closed with (R-S3). */
    @Size(max = ServiceCase.ANSWER_LENGTH)
    @Column(length = ServiceCase.ANSWER_LENGTH)
    private String answer;

    /** Why the class differs from the automatic one; {@code null} while it is the automatic one. */
    @Size(max = ServiceCase.REASON_LENGTH)
    @Column(name = "classification_override_reason", length = ServiceCase.REASON_LENGTH)
    private String classificationOverrideReason;

    protected IntakePart() {}

    IntakePart(ServiceCase serviceCase) {
        super(serviceCase);
    }

    @Override
    public Kind kind() {
        return Kind.INTAKE;
    }

    // Changed through methods, never by writing the fields from outside: EclipseLink's woven change tracking sees
    // only the entity's own writes.

    void setRepliedAt(Instant at) {
        repliedAt = at;
    }

    void setLeaderReportedAt(Instant at) {
        leaderReportedAt = at;
    }

    void setAnswer(String text) {
        answer = text;
    }

    void setClassificationOverrideReason(String reason) {
        classificationOverrideReason = reason;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getLeaderReportedAt() {
        return leaderReportedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getClassificationOverrideReason() {
        return classificationOverrideReason;
    }
}
