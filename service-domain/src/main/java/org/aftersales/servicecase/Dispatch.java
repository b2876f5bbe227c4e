package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.InstantConverter;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Role;

/**
 * Sending engineers to an on-site case (派遣, R-S6; 第四章第三条): the after-sales specialist proposes whom to send
 * for a planned visit window (人员调配建议); the division leader or the general manager decides whether to dispatch
 * and whom — the people they approve may differ from the proposal, and both are kept.
 *
 * <p>An approved dispatch books its engineers for the window {@code [plannedFrom, plannedTo)}: an engineer already
 * booked on an overlapping approved window cannot be proposed or approved again (no double booking); windows that
 * only touch (one ends at 12:00, the next starts at 12:00) do not overlap. Whether the engineers have the four
 * required skills is shown to the dispatcher, not enforced: a gap flags the engineer for training (R-S6, R-K4).
 */
@Entity
@Table(name = "dispatch")
public class Dispatch extends BaseEntity {

    public static final int REASON_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DispatchStatus status;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "planned_from", nullable = false, updatable = false)
    private Instant plannedFrom;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "planned_to", nullable = false, updatable = false)
    private Instant plannedTo;

    /** Whom the specialist proposed. */
    @ManyToMany
    @JoinTable(
            name = "dispatch_proposed_engineer",
            joinColumns = @JoinColumn(name = "dispatch_id"),
            inverseJoinColumns = @JoinColumn(name = "engineer_id"))
    @OrderBy("displayName ASC")
    private List<AppUser> proposedEngineers = new ArrayList<>();

    /** Whom the leader sent: empty until approved. */
    @ManyToMany
    @JoinTable(
            name = "dispatch_engineer",
            joinColumns = @JoinColumn(name = "dispatch_id"),
            inverseJoinColumns = @JoinColumn(name = "engineer_id"))
    @OrderBy("displayName ASC")
    private List<AppUser> engineers = new ArrayList<>();

    @Column(name = "proposed_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String proposedBy;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = USER_NAME_LENGTH)
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = REASON_LENGTH)
    @Column(name = "rejection_reason", length = REASON_LENGTH)
    private String rejectionReason;

    protected Dispatch() {}

    Dispatch(
            ServiceCase serviceCase,
            List<AppUser> proposed,
            Instant plannedFrom,
            Instant plannedTo,
            String proposedBy,
            Instant proposedAt) {
        if (plannedFrom == null) {
            throw new BusinessException("plannedFrom", "dispatch.error.windowRequired");
        }
        if (plannedTo == null) {
            throw new BusinessException("plannedTo", "dispatch.error.windowRequired");
        }
        if (!plannedTo.isAfter(plannedFrom)) {
            throw new BusinessException("plannedTo", "dispatch.error.windowOrder", plannedFrom, plannedTo);
        }
        this.serviceCase = Objects.requireNonNull(serviceCase, "serviceCase");
        this.proposedEngineers = new ArrayList<>(requireEngineers(proposed));
        this.plannedFrom = plannedFrom;
        this.plannedTo = plannedTo;
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.status = DispatchStatus.PROPOSED;
    }

    /**
     * The people named, each once, in the order given: at least one, and each an enabled user with the role of an
     * after-sales engineer.
     */
    static List<AppUser> requireEngineers(List<AppUser> people) {
        if (people == null || people.isEmpty() || people.stream().anyMatch(Objects::isNull)) {
            throw new BusinessException("engineerIds", "dispatch.error.engineersRequired");
        }
        for (AppUser person : people) {
            if (!person.isEnabled() || !person.getRoles().contains(Role.AFTER_SALES_ENGINEER)) {
                throw new BusinessException("engineerIds", "dispatch.error.notAnEngineer", person.getDisplayName());
            }
        }
        return List.copyOf(new LinkedHashSet<>(people));
    }

    void approve(List<AppUser> chosen, String by, Instant at) {
        requireProposed();
        engineers = new ArrayList<>(requireEngineers(chosen));
        status = DispatchStatus.APPROVED;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = Objects.requireNonNull(at, "at");
    }

    void reject(String reason, String by, Instant at) {
        requireProposed();
        status = DispatchStatus.REJECTED;
        rejectionReason = reason;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requireProposed() {
        if (status != DispatchStatus.PROPOSED) {
            throw new BusinessException("dispatch.error.noProposal");
        }
    }

    /** Whether this dispatch books {@code engineer} at some moment of {@code [from, to)}: approved, and overlapping. */
    public boolean books(AppUser engineer, Instant from, Instant to) {
        return status == DispatchStatus.APPROVED && engineers.contains(engineer) && overlaps(from, to);
    }

    /** Whether the planned window shares a moment with {@code [from, to)}; windows that only touch do not. */
    public boolean overlaps(Instant from, Instant to) {
        return plannedFrom.isBefore(to) && from.isBefore(plannedTo);
    }

    public boolean isOpen() {
        return status == DispatchStatus.PROPOSED;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public DispatchStatus getStatus() {
        return status;
    }

    public Instant getPlannedFrom() {
        return plannedFrom;
    }

    public Instant getPlannedTo() {
        return plannedTo;
    }

    public List<AppUser> getProposedEngineers() {
        return Collections.unmodifiableList(proposedEngineers);
    }

    /** The engineers sent: empty unless approved. */
    public List<AppUser> getEngineers() {
        return Collections.unmodifiableList(engineers);
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
