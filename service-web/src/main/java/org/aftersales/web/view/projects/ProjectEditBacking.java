package org.aftersales.web.view.projects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.audit.AuditEntry;
import org.aftersales.audit.AuditService;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectData;
import org.aftersales.project.ProjectPhase;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.Permission;
import org.aftersales.web.i18n.Messages;

/** projects/edit.xhtml: create a project, or change one (with its audit trail). */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    @Inject
    transient PolicyService policy;

    @Inject
    transient AuditService audit;

    @Inject
    transient Caller caller;

    private Long id;
    private long version;
    private String code;
    private String name;
    private String ownerName;
    private String contractNumber;
    private BigDecimal settledContractPrice;
    private String site;
    private Long projectDepartmentId;
    private String commissioningLead;
    private LocalDate provisionalHandoverDate;
    private LocalDate formalHandoverDate;
    private LocalDate completionAcceptanceDate;
    private Integer warrantyMonths;
    private ProjectPhase phase;
    private LocalDate warrantyEnd;
    private List<AuditEntry> trail;

    /** Called by f:viewAction: loads the project named in the URL, or prepares a new one. */
    public void load() {
        if (id == null) {
            warrantyMonths = policy.currentWhole(PolicyKey.WARRANTY_MONTHS);
            return;
        }
        show(projects.find(id));
    }

    private void show(Project project) {
        id = project.getId();
        version = project.getVersion();
        code = project.getCode();
        name = project.getName();
        ownerName = project.getOwner().getName();
        contractNumber = project.getContractNumber();
        settledContractPrice = project.getSettledContractPrice() == null
                ? null
                : project.getSettledContractPrice().amount();
        site = project.getSite();
        projectDepartmentId = project.getProjectDepartment() == null
                ? null
                : project.getProjectDepartment().getId();
        commissioningLead = project.getCommissioningLead();
        provisionalHandoverDate = project.getProvisionalHandoverDate();
        formalHandoverDate = project.getFormalHandoverDate();
        completionAcceptanceDate = project.getCompletionAcceptanceDate();
        warrantyMonths = project.getWarrantyMonths();
        phase = project.phaseOn(projects.today());
        warrantyEnd = project.getWarrantyEnd();
        trail = caller.may(Permission.AUDIT_VIEW) ? audit.trailOf("Project", id) : List.of();
    }

    public void save() throws IOException {
        ProjectData data = new ProjectData(
                code,
                name,
                ownerName,
                contractNumber,
                settledContractPrice == null ? null : Money.of(settledContractPrice),
                site,
                projectDepartmentId,
                commissioningLead,
                provisionalHandoverDate,
                formalHandoverDate,
                completionAcceptanceDate,
                warrantyMonths,
                null);
        boolean created = id == null;
        Project saved = created ? projects.create(data) : projects.update(id, version, data);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        Messages.text(context.getViewRoot().getLocale(), "project.saved", saved.getCode()),
                        null));
        context.getExternalContext()
                .redirect(context.getExternalContext().getRequestContextPath() + "/projects/edit.xhtml?id="
                        + saved.getId());
    }

    public boolean isEditable() {
        return caller.may(Permission.PROJECT_EDIT);
    }

    public boolean isNew() {
        return id == null;
    }

    public List<Department> getDepartments() {
        return projects.projectDepartments();
    }

    public List<AuditEntry> getTrail() {
        return trail;
    }

    public ProjectPhase getPhase() {
        return phase;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public BigDecimal getSettledContractPrice() {
        return settledContractPrice;
    }

    public void setSettledContractPrice(BigDecimal settledContractPrice) {
        this.settledContractPrice = settledContractPrice;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public Long getProjectDepartmentId() {
        return projectDepartmentId;
    }

    public void setProjectDepartmentId(Long projectDepartmentId) {
        this.projectDepartmentId = projectDepartmentId;
    }

    public String getCommissioningLead() {
        return commissioningLead;
    }

    public void setCommissioningLead(String commissioningLead) {
        this.commissioningLead = commissioningLead;
    }

    public LocalDate getProvisionalHandoverDate() {
        return provisionalHandoverDate;
    }

    public void setProvisionalHandoverDate(LocalDate provisionalHandoverDate) {
        this.provisionalHandoverDate = provisionalHandoverDate;
    }

    public LocalDate getFormalHandoverDate() {
        return formalHandoverDate;
    }

    public void setFormalHandoverDate(LocalDate formalHandoverDate) {
        this.formalHandoverDate = formalHandoverDate;
    }

    public LocalDate getCompletionAcceptanceDate() {
        return completionAcceptanceDate;
    }

    public void setCompletionAcceptanceDate(LocalDate completionAcceptanceDate) {
        this.completionAcceptanceDate = completionAcceptanceDate;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }
}
