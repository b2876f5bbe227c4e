package org.aftersales.servicecase;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;

/**
 * The on-site service of a case (上门服务, R-S7; 第三章2(2)–(3)), as far as the visit itself goes: before it, the
 * engineer contacts the owner and records the agreed arrival time and the cooperation the owner must provide; before
 * commissioning, repair, restoration or trial runs the safety rules — personal and equipment safety, the owner's site
 * procedures — are acknowledged; then the work done, the parts used and the result are recorded.
 *
 * <p>Part of the {@link ServiceCase} aggregate, which decides when each step may happen. Once the work is recorded it
 * is the content of the service report the owner signs, and never changes again.
 */
@Entity
@Table(name = "on_site_visit")
public class OnSiteVisit extends BaseEntity {

    public static final int COOPERATION_LENGTH = 2000;
    public static final int WORK_LENGTH = 4000;
    public static final int RESULT_LENGTH = 2000;
    public static final int MAX_PARTS = 100;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false, unique = true)
    private ServiceCase serviceCase;

    /** When the engineer and the owner agreed the engineer arrives. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "agreed_arrival_at")
    private Instant agreedArrivalAt;

    /** What the owner must provide: access, power isolation, a person on site, lifting gear … */
    @Size(max = COOPERATION_LENGTH)
    @Column(name = "owner_cooperation", length = COOPERATION_LENGTH)
    private String ownerCooperation;

    /** When the agreement with the owner was made. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "safety_acknowledged_at")
    private Instant safetyAcknowledgedAt;

    @Column(name = "safety_acknowledged_by", length = USER_NAME_LENGTH)
    private String safetyAcknowledgedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "work_done_at")
    private Instant workDoneAt;

    @Size(max = WORK_LENGTH)
    @Column(name = "work_description", length = WORK_LENGTH)
    private String workDescription;

    @Size(max = RESULT_LENGTH)
    @Column(name = "work_result", length = RESULT_LENGTH)
    private String workResult;

    /** Each dispatched engineer's own acknowledgement of the safety rules, in the order made (R-S7). */
    @ElementCollection
    @CollectionTable(name = "on_site_visit_safety_ack", joinColumns = @JoinColumn(name = "visit_id"))
    private List<SafetyAcknowledgement> safetyAcknowledgements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "on_site_visit_part", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "line_no")
    private List<PartUsed> parts = new ArrayList<>();

    protected OnSiteVisit() {}

    OnSiteVisit(ServiceCase serviceCase) {
        this.serviceCase = serviceCase;
    }

    void agree(Instant arrivalAt, String cooperation, Instant at) {
        agreedArrivalAt = arrivalAt;
        ownerCooperation = cooperation;
        agreedAt = at;
    }

    /**
     * {@code by} acknowledges the safety rules. Each engineer acknowledges for themselves (R-S7); the visit keeps the
     * first acknowledgement in its own columns as before.
     */
    void acknowledgeSafety(String by, Instant at) {
        safetyAcknowledgements.add(new SafetyAcknowledgement(by, at));
        if (safetyAcknowledgedAt == null) {
            safetyAcknowledgedAt = at;
            safetyAcknowledgedBy = by;
        }
    }

    /** Whether {@code username} has acknowledged the safety rules on this visit. */
    public boolean isSafetyAcknowledgedBy(String username) {
        return safetyAcknowledgements.stream().anyMatch(ack -> ack.getBy().equals(username));
    }

    /** The last acknowledgement made: the work is recorded after it. */
    Instant lastSafetyAcknowledgedAt() {
        return safetyAcknowledgements.stream()
                .map(SafetyAcknowledgement::getAt)
                .max(Instant::compareTo)
                .orElse(safetyAcknowledgedAt);
    }

    public List<SafetyAcknowledgement> getSafetyAcknowledgements() {
        return Collections.unmodifiableList(safetyAcknowledgements);
    }

    /** The agreed arrival time and the owner's cooperation are recorded (R-S7). */
    public boolean isAgreed() {
        return agreedArrivalAt != null && ownerCooperation != null;
    }

    void recordWork(String work, List<PartUsed> used, String result, Instant at) {
        workDescription = work;
        parts = new ArrayList<>(used);
        workResult = result;
        workDoneAt = at;
    }

    public boolean isSafetyAcknowledged() {
        return safetyAcknowledgedAt != null;
    }

    public boolean isWorkDone() {
        return workDoneAt != null;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public Instant getAgreedArrivalAt() {
        return agreedArrivalAt;
    }

    public String getOwnerCooperation() {
        return ownerCooperation;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public Instant getSafetyAcknowledgedAt() {
        return safetyAcknowledgedAt;
    }

    public String getSafetyAcknowledgedBy() {
        return safetyAcknowledgedBy;
    }

    public Instant getWorkDoneAt() {
        return workDoneAt;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    public String getWorkResult() {
        return workResult;
    }

    public List<PartUsed> getParts() {
        return Collections.unmodifiableList(parts);
    }
}
