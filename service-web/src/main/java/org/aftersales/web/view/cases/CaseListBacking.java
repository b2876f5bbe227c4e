package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.mywork.EngineerChoice;
import org.aftersales.mywork.WorkCalendarService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.CaseFilter;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.projects.ProjectHeader;

/**
 * cases/list.xhtml: the service cases the caller may see, paged, sorted and filtered in the database — by project,
 * type, class (R-L3), status, clock state (R-S5), crisis and the engineer dispatched (R-S6). Priority special cases (open crises) head the list
 * whatever the sort (R-S11). With {@code ?project=ID} it is that project's tab.
 */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient ServiceCaseService cases;

    @Inject
    transient ProjectService projects;

    @Inject
    transient Caller caller;

    @Inject
    transient WorkCalendarService calendar;

    private Long projectId;
    private ProjectHeader project;
    private Choice projectChoice;
    private CaseType type;
    private ServiceClass serviceClass;
    private CaseStatus status;
    private ClockState clockState;
    private Boolean crisis;
    /** The user name of an engineer: the cases an approved dispatch sends them to. */
    private String engineer;

    private List<EngineerChoice> engineers = List.of();
    /** The instant the clocks of the page shown are judged at: when its rows were loaded. */
    private Instant now;

    private final ChoiceConverter projectChoices = new ChoiceConverter();

    private final CaseListModel list = new CaseListModel(new CaseListModel.Source() {
        private static final long serialVersionUID = 1L;

        @Override
        public ServiceCaseService cases() {
            now = cases.now();
            return cases;
        }

        @Override
        public CaseFilter filter() {
            return CaseListBacking.this.filter();
        }
    });

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.CASE_VIEW)) {
            Pages.sendError(403);
            return;
        }
        now = cases.now();
        engineers = calendar.engineers();
        if (projectId != null) {
            project = ProjectHeader.of(projects.find(projectId));
        }
    }

    private CaseFilter filter() {
        Long projectFilter = project != null
                ? Long.valueOf(project.id())
                : projectChoice != null ? Long.valueOf(projectChoice.id()) : null;
        return new CaseFilter(projectFilter, type, serviceClass, status, clockState, crisis, engineer);
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(CaseListBacking::choiceOf)
                        .toList());
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    public boolean isRegistering() {
        return caller.may(Permission.CASE_REGISTER);
    }

    public CaseListModel getList() {
        return list;
    }

    public Instant getNow() {
        return now;
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public ServiceClass[] getServiceClasses() {
        return ServiceClass.values();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public ClockState[] getClockStates() {
        return ClockState.values();
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
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

    public Choice getProjectChoice() {
        return projectChoice;
    }

    public void setProjectChoice(Choice projectChoice) {
        this.projectChoice = projectChoice;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public ServiceClass getServiceClass() {
        return serviceClass;
    }

    public void setServiceClass(ServiceClass serviceClass) {
        this.serviceClass = serviceClass;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public ClockState getClockState() {
        return clockState;
    }

    public void setClockState(ClockState clockState) {
        this.clockState = clockState;
    }

    public String getEngineer() {
        return engineer;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer == null || engineer.isBlank() ? null : engineer;
    }

    public List<EngineerChoice> getEngineers() {
        return engineers;
    }

    public Boolean getCrisis() {
        return crisis;
    }

    public void setCrisis(Boolean crisis) {
        this.crisis = crisis;
    }
}
