package org.aftersales.project;

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
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Money;
import org.aftersales.staff.Department;

/**
 * A water-treatment plant the company built and commissions: the unit everything in after-sales hangs on.
 *
 * <p>The regulation (Ch. 2) splits a project's life by two handovers. From <em>provisional handover to
 * production</em> (临时移交生产) the plant is in trial operation and after-sales starts; from <em>formal handover
 * to production</em> (正式移交生产) the free warranty runs for {@code warrantyMonths} (12 by default, a policy
 * parameter fixed into the project when it is created, R-O2); after it, service is paid unless a service contract is
 * in force. The phase is therefore never typed: it is derived from the dates on the day asked about, and the dates
 * must be consistent (formal ≥ provisional) — {@link HandoverDates} holds those rules.
 *
 * <p>Completion acceptance (竣工验收) defaults to formal handover; statutory periods (R-L2, R-C8) count from it.
 */
@Entity
@Table(name = "project")
public class Project extends BaseEntity {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int CONTRACT_NUMBER_LENGTH = 60;
    public static final int SITE_LENGTH = 300;
    public static final int PERSON_LENGTH = 100;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private Owner owner;

    /** The ERP's key of the project (issue 17), set by the ERP's upsert; unique; null for projects entered here. */
    @Column(name = "external_id", length = ExternalIds.LENGTH, unique = true)
    private String externalId;

    @Size(max = CONTRACT_NUMBER_LENGTH)
    @Column(name = "contract_number", length = CONTRACT_NUMBER_LENGTH)
    private String contractNumber;

    @Column(name = "settled_contract_price", precision = 19, scale = 2)
    private Money settledContractPrice;

    @Size(max = SITE_LENGTH)
    @Column(length = SITE_LENGTH)
    private String site;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_department_id")
    private Department projectDepartment;

    @Size(max = PERSON_LENGTH)
    @Column(name = "commissioning_lead", length = PERSON_LENGTH)
    private String commissioningLead;

    @Column(name = "provisional_handover_date")
    private LocalDate provisionalHandoverDate;

    @Column(name = "formal_handover_date")
    private LocalDate formalHandoverDate;

    @Column(name = "completion_acceptance_date")
    private LocalDate completionAcceptanceDate;

    @Column(name = "warranty_months", nullable = false)
    private int warrantyMonths;

    /** Derived from the handover dates and kept in its column only so lists can filter phases in the database. */
    @Column(name = "warranty_end")
    private LocalDate warrantyEnd;

    /**
     * The due date of the next owner contact (R-F2), kept only so the follow-up planner can read projects in due-date
     * order from an index; {@code null} before provisional handover. Set by {@code followup.FollowUpPlan} alone, by
     * the rule of {@code FollowUpCadence.dueDate}.
     */
    @Column(name = "follow_up_due_date")
    private LocalDate followUpDueDate;

    /** The last contact that reached the owner (an {@code OwnerFollowUp} id), which set {@link #followUpDueDate}. */
    @Column(name = "follow_up_reached_id")
    private Long followUpReachedId;

    protected Project() {}

    public Project(String code, String name, Owner owner, int warrantyMonths) {
        this.code = code == null ? null : code.strip();
        this.name = name;
        this.owner = owner;
        this.warrantyMonths = warrantyMonths;
        new HandoverDates(null, null, null, warrantyMonths);
    }

    /** Changes the handover dates and warranty together, so they are checked as one consistent set (R-L1). */
    public void recordHandover(HandoverDates dates) {
        this.provisionalHandoverDate = dates.provisionalHandoverDate();
        this.formalHandoverDate = dates.formalHandoverDate();
        this.completionAcceptanceDate = dates.completionAcceptanceDate();
        this.warrantyMonths = dates.warrantyMonths();
        this.warrantyEnd = dates.warrantyEnd();
    }

    public void describe(String newName, Owner newOwner, String newSite) {
        if (newOwner == null) {
            throw new BusinessException("ownerName", "project.error.ownerRequired");
        }
        this.name = newName;
        this.owner = newOwner;
        this.site = newSite;
    }

    public void recordContract(String number, Money settledPrice) {
        if (settledPrice != null && settledPrice.isNegative()) {
            throw new BusinessException("settledContractPrice", "project.error.negativePrice");
        }
        this.contractNumber = number;
        this.settledContractPrice = settledPrice;
    }

    public void assignResponsibility(Department department, String lead) {
        this.projectDepartment = department;
        this.commissioningLead = lead;
    }

    /**
     * Records the next owner contact's due date and the contact that set it ({@code null} when none reached the owner
     * yet). Called by the follow-up plan only, which applies the cadence rule (R-F2).
     */
    public void planFollowUp(LocalDate dueDate, Long reachedFollowUpId) {
        this.followUpDueDate = dueDate;
        this.followUpReachedId = reachedFollowUpId;
    }

    public LocalDate getFollowUpDueDate() {
        return followUpDueDate;
    }

    public Long getFollowUpReachedId() {
        return followUpReachedId;
    }

    public HandoverDates handoverDates() {
        return new HandoverDates(provisionalHandoverDate, formalHandoverDate, completionAcceptanceDate, warrantyMonths);
    }

    public ProjectPhase phaseOn(LocalDate day) {
        return handoverDates().phaseOn(day);
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public String getCode() {
        return code;
    }

    public String getExternalId() {
        return externalId;
    }

    /** Ties the project to the ERP's key (issue 17); a project keeps the key it got first. */
    void linkExternalId(String externalId) {
        if (this.externalId != null && !this.externalId.equals(externalId)) {
            throw new BusinessException("externalId", "project.error.externalIdImmutable", this.externalId);
        }
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public Owner getOwner() {
        return owner;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public Money getSettledContractPrice() {
        return settledContractPrice;
    }

    public String getSite() {
        return site;
    }

    public Department getProjectDepartment() {
        return projectDepartment;
    }

    public String getCommissioningLead() {
        return commissioningLead;
    }

    public LocalDate getProvisionalHandoverDate() {
        return provisionalHandoverDate;
    }

    public LocalDate getFormalHandoverDate() {
        return formalHandoverDate;
    }

    public LocalDate getCompletionAcceptanceDate() {
        return completionAcceptanceDate;
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }
}
