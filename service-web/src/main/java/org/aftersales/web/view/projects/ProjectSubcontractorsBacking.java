package org.aftersales.web.view.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.DelegationAgreement;
import org.aftersales.subcontractor.ProjectSubcontractor;
import org.aftersales.subcontractor.ProjectSubcontractorData;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/**
 * projects/subcontractors.xhtml: the project's register of equipment subcontractors and suppliers (R-B1) — who
 * supplied what here, and whom to call on this site. A firm is registered once per project; its scope and site
 * contact can be corrected later.
 */
@Named
@ViewScoped
public class ProjectSubcontractorsBacking extends ProjectScopedBacking {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient SubcontractorService subcontractors;

    private Draft draft = new Draft();
    private AgreementDraft agreement = new AgreementDraft();
    private LocalDate today;
    private final ChoiceConverter firms = new ChoiceConverter();

    private final PagedModel<ProjectSubcontractor> register =
            new PagedModel<>(request -> subcontractors.listForProject(projectId(), request));

    @Override
    protected Permission viewPermission() {
        return Permission.SUBCONTRACTOR_VIEW;
    }

    public void startNew() {
        draft = new Draft();
    }

    public void startEdit(long registrationId) {
        ProjectSubcontractor registration = subcontractors.findRegistration(registrationId);
        draft = new Draft();
        draft.id = registration.getId();
        draft.version = registration.getVersion();
        draft.subcontractor = firms.remember(new Choice(
                registration.getSubcontractor().getId(),
                registration.getSubcontractor().getName()));
        draft.scopeOfSupply = registration.getScopeOfSupply();
        draft.siteContactPerson = registration.getSiteContactPerson();
        draft.phone = registration.getPhone();
    }

    public void save() {
        ProjectSubcontractorData data =
                new ProjectSubcontractorData(draft.scopeOfSupply, draft.siteContactPerson, draft.phone);
        ProjectSubcontractor saved;
        if (draft.id == null) {
            if (draft.subcontractor == null) {
                throw new BusinessException("subcontractorId", "subcontractor.error.subcontractorRequired");
            }
            saved = subcontractors.registerOnProject(projectId(), draft.subcontractor.id(), data);
        } else {
            saved = subcontractors.updateRegistration(draft.id, draft.version, data);
        }
        Pages.info("projectSubcontractor.saved", saved.getSubcontractor().getName());
        draft = new Draft();
    }

    /** Opens the delegation-agreement dialog of one register line (R-B2), prefilled with the agreement on record. */
    public void startAgreement(long registrationId) {
        ProjectSubcontractor registration = subcontractors.findRegistration(registrationId);
        agreement = new AgreementDraft();
        agreement.id = registration.getId();
        agreement.version = registration.getVersion();
        agreement.firm = registration.getSubcontractor().getName();
        DelegationAgreement current = registration.getDelegationAgreement();
        if (current != null) {
            agreement.number = current.getNumber();
            agreement.scope = current.getScope();
            agreement.validFrom = current.getValidFrom();
            agreement.validUntil = current.getValidUntil();
        }
    }

    public void saveAgreement() {
        ProjectSubcontractor saved = subcontractors.recordDelegationAgreement(
                agreement.id,
                agreement.version,
                new DelegationAgreement(agreement.number, agreement.scope, agreement.validFrom, agreement.validUntil));
        Pages.info("delegationAgreement.saved", saved.getSubcontractor().getName());
        agreement = new AgreementDraft();
    }

    /** R-B2: whether the line's firm has an agreement valid today (else it is flagged). */
    public boolean agreementValid(ProjectSubcontractor registration) {
        if (today == null) {
            today = projects().today();
        }
        return registration.hasValidDelegationAgreementOn(today);
    }

    /** Why a registration has no valid agreement today, with the dates: none, not yet in force, or expired. */
    public String agreementProblem(ProjectSubcontractor registration) {
        DelegationAgreement agreement = registration.getDelegationAgreement();
        if (agreement == null || agreement.getNumber() == null) {
            return Pages.text("delegationAgreement.missing");
        }
        if (today == null) {
            today = projects().today();
        }
        return today.isBefore(agreement.getValidFrom())
                ? Pages.text("delegationAgreement.notYetValid", agreement.getValidFrom())
                : Pages.text("delegationAgreement.expired", agreement.getValidUntil());
    }

    public AgreementDraft getAgreement() {
        return agreement;
    }

    public List<Choice> completeSubcontractor(String query) {
        return firms.offer(subcontractors.list(query, PageRequest.first(SUGGESTIONS)).items().stream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList());
    }

    public boolean isEditable() {
        return caller().may(Permission.SUBCONTRACTOR_EDIT);
    }

    public PagedModel<ProjectSubcontractor> getRegister() {
        return register;
    }

    public ChoiceConverter getFirms() {
        return firms;
    }

    public Draft getDraft() {
        return draft;
    }

    /** What the dialog edits: the firm (only when registering) and the fields of {@link ProjectSubcontractorData}. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private long version;
        private Choice subcontractor;
        private String scopeOfSupply;
        private String siteContactPerson;
        private String phone;

        public boolean isNew() {
            return id == null;
        }

        public Choice getSubcontractor() {
            return subcontractor;
        }

        public void setSubcontractor(Choice subcontractor) {
            this.subcontractor = subcontractor;
        }

        public String getScopeOfSupply() {
            return scopeOfSupply;
        }

        public void setScopeOfSupply(String scopeOfSupply) {
            this.scopeOfSupply = scopeOfSupply;
        }

        public String getSiteContactPerson() {
            return siteContactPerson;
        }

        public void setSiteContactPerson(String siteContactPerson) {
            this.siteContactPerson = siteContactPerson;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** What the delegation-agreement dialog edits (R-B2). */
    public static class AgreementDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private long version;
        private String firm;
        private String number;
        private String scope;
        private LocalDate validFrom;
        private LocalDate validUntil;

        public String getFirm() {
            return firm;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
        }
    }
}
