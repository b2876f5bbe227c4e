package org.aftersales.subcontractor;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * One line of a project's register of equipment subcontractors and suppliers (R-B1, Ch. 4 Art. 4.5–4.6): who
 * supplied what on this project, and whom to call there.
 *
 * <p>The regulation sends quality complaints at once to the subcontractor concerned (R-S10) and forwards owner items
 * to the supplier (R-S2); the after-sales engineer on a call must therefore find, per project, the firm behind the
 * equipment and the person who knows that site. A firm appears at most once per project.
 */
@Entity
@Table(
        name = "project_subcontractor",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_project_subcontractor",
                        columnNames = {"project_id", "subcontractor_id"}))
public class ProjectSubcontractor extends BaseEntity {

    public static final int SCOPE_LENGTH = 500;
    public static final int PERSON_LENGTH = Subcontractor.PERSON_LENGTH;
    public static final int PHONE_LENGTH = Subcontractor.PHONE_LENGTH;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subcontractor_id", nullable = false, updatable = false)
    private Subcontractor subcontractor;

    @Size(max = SCOPE_LENGTH)
    @Column(name = "scope_of_supply", length = SCOPE_LENGTH)
    private String scopeOfSupply;

    @Size(max = PERSON_LENGTH)
    @Column(name = "site_contact_person", length = PERSON_LENGTH)
    private String siteContactPerson;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    /** R-B2: the after-sales delegation agreement for this project, when one was signed. */
    @Embedded
    private DelegationAgreement delegationAgreement;

    protected ProjectSubcontractor() {}

    public ProjectSubcontractor(Project project, Subcontractor subcontractor) {
        if (project == null) {
            throw new BusinessException("projectId", "subcontractor.error.projectRequired");
        }
        if (subcontractor == null) {
            throw new BusinessException("subcontractorId", "subcontractor.error.subcontractorRequired");
        }
        this.project = project;
        this.subcontractor = subcontractor;
    }

    /** Records what the firm supplied on this project and its contact there. */
    public void describeSupply(String newScopeOfSupply, String newSiteContactPerson, String newPhone) {
        this.scopeOfSupply = Inputs.stripToNull(newScopeOfSupply);
        this.siteContactPerson = Inputs.stripToNull(newSiteContactPerson);
        this.phone = Inputs.stripToNull(newPhone);
    }

    /** Records the signed (or renewed) after-sales delegation agreement (R-B2); the previous one stays in the audit. */
    public void recordDelegationAgreement(DelegationAgreement agreement) {
        if (agreement == null) {
            throw new BusinessException("agreementNumber", "delegationAgreement.error.numberRequired");
        }
        this.delegationAgreement = agreement;
    }

    /** R-B2: a firm without an agreement valid on {@code day} is flagged for after-sales to settle. */
    public boolean hasValidDelegationAgreementOn(LocalDate day) {
        return delegationAgreement != null && delegationAgreement.isValidOn(day);
    }

    /** The agreement, or {@code null} when none was recorded (EclipseLink also gives null for an all-null embeddable). */
    public DelegationAgreement getDelegationAgreement() {
        return delegationAgreement == null || delegationAgreement.getNumber() == null ? null : delegationAgreement;
    }

    public Project getProject() {
        return project;
    }

    public Subcontractor getSubcontractor() {
        return subcontractor;
    }

    public String getScopeOfSupply() {
        return scopeOfSupply;
    }

    public String getSiteContactPerson() {
        return siteContactPerson;
    }

    public String getPhone() {
        return phone;
    }
}
