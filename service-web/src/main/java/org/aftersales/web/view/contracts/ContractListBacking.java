package org.aftersales.web.view.contracts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractService;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.project.ProjectService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.projects.ProjectHeader;

/**
 * contracts/list.xhtml: maintenance contracts and technical-support agreements (R-L4) of all projects the caller
 * may see, or of one project ({@code ?project=ID}, then shown as a tab of that project).
 */
@Named
@ViewScoped
public class ContractListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceContractService contracts;

    @Inject
    transient ProjectService projects;

    @Inject
    transient PolicyService policy;

    @Inject
    transient Caller caller;

    private Long projectId;
    private ProjectHeader project;
    private LocalDate today;
    private int defaultArrivalHours;

    private final PagedModel<ServiceContract> list =
            new PagedModel<>(request -> contracts.list(project == null ? null : project.id(), request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.CONTRACT_VIEW)) {
            Pages.sendError(403);
            return;
        }
        today = projects.today();
        defaultArrivalHours = policy.currentWhole(PolicyKey.ARRIVAL_HOURS);
        if (projectId != null) {
            project = ProjectHeader.of(projects.find(projectId));
        }
    }

    public boolean inForce(ServiceContract contract) {
        return contract.isInForceOn(today);
    }

    public boolean isEditable() {
        return caller.may(Permission.CONTRACT_EDIT);
    }

    public PagedModel<ServiceContract> getList() {
        return list;
    }

    public int getDefaultArrivalHours() {
        return defaultArrivalHours;
    }

    public ProjectHeader getProject() {
        return project;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
