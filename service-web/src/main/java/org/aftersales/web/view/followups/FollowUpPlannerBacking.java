package org.aftersales.web.view.followups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.followup.EquipmentStatus;
import org.aftersales.followup.FollowUpChannel;
import org.aftersales.followup.FollowUpEntry;
import org.aftersales.followup.FollowUpFilter;
import org.aftersales.followup.FollowUpService;
import org.aftersales.followup.FollowUpState;
import org.aftersales.followup.FollowUpStatus;
import org.aftersales.followup.OwnerFollowUp;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.OwnerContactService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Person;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.PagedRows;
import org.aftersales.web.view.Pages;

/**
 * followups/planner.xhtml: the owner follow-ups due this week and overdue (R-F2), filterable by project, project
 * department, who last reached the owner and state. Per row: log a contact in a dialog (and open a service case in the
 * same click when the owner reports a problem), open a case from a reported problem, record or withdraw an owner's
 * decline (with confirmation).
 */
@Named
@ViewScoped
public class FollowUpPlannerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    /** The state filter's value for "due this week and overdue". */
    public static final String ACTIONABLE = "ACTIONABLE";

    public static final String ALL = "ALL";

    @Inject
    transient FollowUpService followUps;

    @Inject
    transient ProjectService projects;

    @Inject
    transient OwnerContactService contacts;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    private LocalDate today;
    private Choice projectChoice;
    private Long projectDepartmentId;
    /** The login of whoever last reached the owner, picked by name. */
    private String engineer;

    private List<Person> people;

    @Inject
    transient PersonNames personNames;

    private String state = ACTIONABLE;
    private final ChoiceConverter projectChoices = new ChoiceConverter();

    private Draft draft = new Draft();
    private List<Choice> draftContacts = List.of();
    private Long declineProjectId;
    private String declineReason;

    private final PagedRows<FollowUpStatus> list =
            new PagedRows<>(request -> followUps.due(today, filter(), request), row -> String.valueOf(row.projectId()));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.FOLLOW_UP_VIEW)) {
            Pages.sendError(403);
            return;
        }
        today = followUps.today();
    }

    private FollowUpFilter filter() {
        Set<FollowUpState> states = switch (state == null ? ACTIONABLE : state) {
            case ACTIONABLE -> FollowUpFilter.ACTIONABLE;
            case ALL -> EnumSet.allOf(FollowUpState.class);
            default -> EnumSet.of(FollowUpState.valueOf(state));
        };
        return new FollowUpFilter(
                projectChoice == null ? null : projectChoice.id(),
                projectDepartmentId,
                engineer == null || engineer.isBlank() ? null : engineer.strip(),
                states,
                FollowUpFilter.DEFAULT_WINDOW_DAYS);
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(FollowUpPlannerBacking::choiceOf)
                        .toList());
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    // ---- logging a contact ----

    public void startLog(long projectId) {
        Project project = projects.find(projectId);
        draft = new Draft();
        draft.projectId = projectId;
        draft.projectLabel = project.getCode() + " " + project.getName();
        draft.contactedAt =
                LocalDateTime.ofInstant(followUps.now(), config.zone()).truncatedTo(ChronoUnit.MINUTES);
        draftContacts = contacts.list(projectId, PageRequest.first(100)).items().stream()
                .map(c -> new Choice(c.getId(), label(c)))
                .toList();
        draft.ownerContactId =
                draftContacts.isEmpty() ? null : draftContacts.get(0).id();
    }

    private static String label(OwnerContact c) {
        return c.getTitle() == null ? c.getName() : c.getName() + "（" + c.getTitle() + "）";
    }

    public void save() {
        OwnerFollowUp logged = followUps.log(draft.projectId, entry());
        announce(logged);
    }

    /** Logs the contact and opens a service case from it in one click (the owner reported a problem). */
    public void saveAndOpenCase() {
        OwnerFollowUp logged = followUps.logAndOpenCase(draft.projectId, entry(), null);
        Pages.infoAfterRedirect(
                "followUp.caseOpened",
                logged.getServiceCase().getNumber(),
                logged.getProject().getCode());
        Pages.redirect("/cases/view.xhtml?id=" + logged.getServiceCase().getId());
    }

    /** Opens a service case from the problem reported at a contact already logged. */
    public void openCase(long followUpId) {
        ServiceCase opened = followUps.openServiceCase(followUpId, null);
        Pages.infoAfterRedirect(
                "followUp.caseOpened", opened.getNumber(), opened.getProject().getCode());
        Pages.redirect("/cases/view.xhtml?id=" + opened.getId());
    }

    private FollowUpEntry entry() {
        return new FollowUpEntry(
                draft.contactedAt == null
                        ? null
                        : draft.contactedAt.atZone(config.zone()).toInstant(),
                draft.ownerContactId,
                draft.channel,
                draft.reached,
                draft.reached ? draft.equipmentStatus : null,
                draft.notes);
    }

    private void announce(OwnerFollowUp logged) {
        FollowUpStatus after = followUps.status(logged.getProject().getId(), today);
        if (logged.isReached()) {
            Pages.info(
                    "followUp.logged",
                    logged.getProject().getCode(),
                    after.dueDate().toString());
        } else {
            Pages.info(
                    "followUp.loggedNotReached",
                    logged.getProject().getCode(),
                    after.dueDate().toString());
        }
        draft = new Draft();
    }

    // ---- declines ----

    public void startDecline(long projectId) {
        declineProjectId = projectId;
        declineReason = null;
    }

    public void recordDecline() {
        String code = followUps
                .recordDecline(declineProjectId, declineReason)
                .getProject()
                .getCode();
        Pages.info("followUp.declined", code);
        declineProjectId = null;
        declineReason = null;
    }

    public void withdrawDecline(long projectId) {
        String code = followUps.withdrawDecline(projectId).getProject().getCode();
        Pages.info("followUp.declineWithdrawn", code);
    }

    // ---- for the page ----

    public boolean isLogging() {
        return caller.may(Permission.FOLLOW_UP_LOG);
    }

    public boolean isRegistering() {
        return caller.may(Permission.CASE_REGISTER);
    }

    /** The state tag: "超期 6 天" / "今天到期" / "剩 4 天" / "业主已谢绝". */
    public String stateText(FollowUpStatus row) {
        return switch (row.state()) {
            case OVERDUE -> Pages.text("followUp.daysOverdue", row.daysOverdue());
            case DECLINED -> Pages.text("FollowUpState.DECLINED");
            default ->
                row.daysLeft() == 0 ? Pages.text("followUp.dueToday") : Pages.text("followUp.daysLeft", row.daysLeft());
        };
    }

    public String severity(FollowUpStatus row) {
        return switch (row.state()) {
            case OVERDUE -> "danger";
            case DUE_SOON -> "warning";
            case UPCOMING -> "success";
            case DECLINED -> "secondary";
        };
    }

    public String time(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(instant.atZone(config.zone()));
    }

    public List<org.aftersales.staff.Department> getProjectDepartments() {
        return projects.projectDepartments();
    }

    public String[] getStates() {
        return new String[] {ACTIONABLE, "OVERDUE", "DUE_SOON", "UPCOMING", "DECLINED", ALL};
    }

    public FollowUpChannel[] getChannels() {
        return FollowUpChannel.values();
    }

    public EquipmentStatus[] getEquipmentStatuses() {
        return EquipmentStatus.values();
    }

    public PagedRows<FollowUpStatus> getList() {
        return list;
    }

    public LocalDate getToday() {
        return today;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public Choice getProjectChoice() {
        return projectChoice;
    }

    public void setProjectChoice(Choice projectChoice) {
        this.projectChoice = projectChoice;
    }

    public Long getProjectDepartmentId() {
        return projectDepartmentId;
    }

    public void setProjectDepartmentId(Long projectDepartmentId) {
        this.projectDepartmentId = projectDepartmentId;
    }

    public String getEngineer() {
        return engineer;
    }

    /** The people the "last contact by" filter offers, by name. */
    public List<Person> getPeople() {
        if (people == null) {
            people = personNames.people();
        }
        return people;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Draft getDraft() {
        return draft;
    }

    public List<Choice> getDraftContacts() {
        return draftContacts;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    /** What the log dialog edits: the fields of {@link FollowUpEntry}. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private long projectId;
        private String projectLabel;
        private LocalDateTime contactedAt;
        private Long ownerContactId;
        private FollowUpChannel channel = FollowUpChannel.PHONE;
        private boolean reached = true;
        private EquipmentStatus equipmentStatus = EquipmentStatus.RUNNING_NORMALLY;
        private String notes;

        public String getProjectLabel() {
            return projectLabel;
        }

        public LocalDateTime getContactedAt() {
            return contactedAt;
        }

        public void setContactedAt(LocalDateTime contactedAt) {
            this.contactedAt = contactedAt;
        }

        public Long getOwnerContactId() {
            return ownerContactId;
        }

        public void setOwnerContactId(Long ownerContactId) {
            this.ownerContactId = ownerContactId;
        }

        public FollowUpChannel getChannel() {
            return channel;
        }

        public void setChannel(FollowUpChannel channel) {
            this.channel = channel;
        }

        public boolean isReached() {
            return reached;
        }

        public void setReached(boolean reached) {
            this.reached = reached;
        }

        public EquipmentStatus getEquipmentStatus() {
            return equipmentStatus;
        }

        public void setEquipmentStatus(EquipmentStatus equipmentStatus) {
            this.equipmentStatus = equipmentStatus;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }
}
