package org.aftersales.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.Refusals;

/**
 * One proactive contact with a project's owner (定期联系业主（每两周）, R-F2; 第四章第二条3).
 *
 * <p>The regulation has the company contact the owner of every project from provisional handover on every two weeks
 * (the policy's follow-up period, R-O2) to learn how the equipment runs. A contact that <em>reached</em> the owner
 * restarts that cadence: the next one is due {@link #getNextDueDate() the period's days later}, fixed when the
 * contact is logged, so a later policy edit never moves a due date that already exists. An attempt that reached
 * nobody is recorded too, but leaves the due date where it was.
 *
 * <p>When the owner reports a problem, the contact may open a service case (R-S1) — in one click, prefilled with what
 * was said — and the case stays linked to the contact it came from.
 */
@Entity
@Table(name = "owner_follow_up")
public class OwnerFollowUp extends BaseEntity {

    public static final int CONTACT_NAME_LENGTH = OwnerContact.NAME_LENGTH;
    public static final int NOTES_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "contacted_at", nullable = false, updatable = false)
    private Instant contactedAt;

    /** The day of {@link #contactedAt} in the configured zone: the cadence counts in days (Civil Code Art. 201). */
    @NotNull
    @Column(name = "contact_day", nullable = false, updatable = false)
    private LocalDate contactDay;

    @NotNull
    @Column(name = "contacted_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String contactedBy;

    /** The person called; the list may change later, so the name is kept as it was. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_contact_id")
    private OwnerContact ownerContact;

    @Size(max = CONTACT_NAME_LENGTH)
    @Column(name = "contact_name", length = CONTACT_NAME_LENGTH, updatable = false)
    private String contactName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private FollowUpChannel channel;

    @Column(nullable = false, updatable = false)
    private boolean reached;

    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_status", updatable = false, length = 30)
    private EquipmentStatus equipmentStatus;

    @Size(max = NOTES_LENGTH)
    @Column(length = NOTES_LENGTH, updatable = false)
    private String notes;

    /** The follow-up period in force when the contact was logged; {@code null} for an attempt that reached nobody. */
    @Column(name = "period_days", updatable = false)
    private Integer periodDays;

    /** The next contact's due date this contact set: contact day + period; {@code null} when the owner was not reached. */
    @Column(name = "next_due_date", updatable = false)
    private LocalDate nextDueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id")
    private ServiceCase serviceCase;

    protected OwnerFollowUp() {}

    /**
     * Logs a contact made on {@code contactDay} (judged in the configured zone by the caller).
     *
     * @param periodDays the policy's follow-up period now; it fixes the next due date when the owner was reached
     */
    public OwnerFollowUp(
            Project project,
            Instant contactedAt,
            LocalDate contactDay,
            String contactedBy,
            OwnerContact ownerContact,
            FollowUpEntry entry,
            int periodDays) {
        if (project == null) {
            throw new BusinessException("projectId", "followUp.error.projectRequired");
        }
        // Every field at once (issue 18 item 5): the specialist has the owner on the phone.
        Refusals refusals = new Refusals();
        LocalDate start = project.getProvisionalHandoverDate();
        if (start == null || contactDay.isBefore(start)) {
            refusals.add("contactedAt", "followUp.error.beforeProvisionalHandover", start);
        }
        if (ownerContact != null && !ownerContact.getProject().equals(project)) {
            refusals.add("ownerContactId", "followUp.error.contactOfOtherProject");
        } else if (entry.reached() && ownerContact == null) {
            refusals.add("ownerContactId", "followUp.error.contactRequired");
        }
        if (entry.channel() == null) {
            refusals.add("channel", "followUp.error.channelRequired");
        }
        if (entry.reached() && entry.equipmentStatus() == null) {
            refusals.add("equipmentStatus", "followUp.error.equipmentStatusRequired");
        }
        refusals.throwIfAny();
        this.project = project;
        this.contactedAt = contactedAt;
        this.contactDay = contactDay;
        this.contactedBy = contactedBy;
        this.ownerContact = ownerContact;
        this.contactName = ownerContact == null ? null : ownerContact.getName();
        this.channel = entry.channel();
        this.reached = entry.reached();
        this.equipmentStatus = entry.reached() ? entry.equipmentStatus() : null;
        this.notes = Inputs.stripToNull(entry.notes());
        if (reached) {
            this.periodDays = periodDays;
            this.nextDueDate = contactDay.plusDays(periodDays);
        }
    }

    /** The owner reported a problem at this contact: it may open a service case, once. */
    public boolean isProblemReported() {
        return equipmentStatus != null && equipmentStatus.isProblem();
    }

    /** Links the service case opened from this contact (R-S1); a contact opens at most one. */
    public void openedServiceCase(ServiceCase opened) {
        if (serviceCase != null) {
            throw new BusinessException(null, "followUp.error.caseAlreadyOpened", serviceCase.getNumber());
        }
        this.serviceCase = opened;
    }

    public Project getProject() {
        return project;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public LocalDate getContactDay() {
        return contactDay;
    }

    public String getContactedBy() {
        return contactedBy;
    }

    public OwnerContact getOwnerContact() {
        return ownerContact;
    }

    public String getContactName() {
        return contactName;
    }

    public FollowUpChannel getChannel() {
        return channel;
    }

    public boolean isReached() {
        return reached;
    }

    public EquipmentStatus getEquipmentStatus() {
        return equipmentStatus;
    }

    public String getNotes() {
        return notes;
    }

    public Integer getPeriodDays() {
        return periodDays;
    }

    public LocalDate getNextDueDate() {
        return nextDueDate;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }
}
