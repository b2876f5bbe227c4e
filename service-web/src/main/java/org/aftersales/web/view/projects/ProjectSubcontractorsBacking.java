package org.aftersales.web.view.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Permission;
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
        draft.subcontractor = firms.remember(
                new Choice(registration.getSubcontractor().getId(), registration.getSubcontractor().getName()));
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
                throw new BusinessException(
                        "subcontractorId", "subcontractor.error.subcontractorRequired");
            }
            saved = subcontractors.registerOnProject(projectId(), draft.subcontractor.id(), data);
        } else {
            saved = subcontractors.updateRegistration(draft.id, draft.version, data);
        }
        Pages.info("projectSubcontractor.saved", saved.getSubcontractor().getName());
        draft = new Draft();
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
}
