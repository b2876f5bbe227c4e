package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.aftersales.document.DocumentStore;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.OwnerContactService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectPhase;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.CaseAttachmentService;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.Pages;
import org.primefaces.event.FileUploadEvent;

/**
 * cases/new.xhtml: registers a call while the owner is still on the phone (R-S1). The project is found by code or
 * name; the caller is picked from the project's owner contact list (R-F1) or typed as a new name; channel and type
 * start at the usual phone service request; "received at" starts at now and may be set earlier, since calls are often
 * logged after the fact. The class (R-L3), the responsibility (R-L5), the number and the clocks are the service's
 * business; the case page shows them right after saving.
 *
 * <p>Photos and files received with the call are attached while registering (R-S1): each is checked by the document
 * store as soon as it is chosen and stored with the case when it is saved, all or nothing ({@link CaseIntakeFiles}).
 *
 * <p>The inputs carry the field names the service refuses with ({@code projectId}, {@code reporterName},
 * {@code receivedAt} …), so a refusal shows next to its field.
 */
@Named
@ViewScoped
public class CaseNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient ServiceCaseService cases;

    @Inject
    transient ProjectService projects;

    @Inject
    transient OwnerContactService contacts;

    @Inject
    transient EquipmentService equipment;

    @Inject
    transient AftersalesConfig config;

    @Inject
    transient Caller caller;

    @Inject
    transient CaseAttachmentService attachments;

    @Inject
    transient DocumentStore documents;

    private Long projectParam;
    private Choice project;
    private ProjectPhase phase;
    private LocalDate warrantyEnd;
    /** The project's owner contacts by name, with what the suggestion shows beside the name (title, phone). */
    private Map<String, String> contactDetails = new LinkedHashMap<>();

    private List<Choice> itemChoices = List.of();
    private final ChoiceConverter projectChoices = new ChoiceConverter();

    private String reporterName;
    private Long equipmentItemId;
    private Channel channel = Channel.PHONE;
    private CaseType type = CaseType.SERVICE_REQUEST;

    /** R-S10: what a feedback or complaint concerns when it is handed off; {@code null} for none. */
    private org.aftersales.servicecase.ComplaintSubject concern;

    private LocalDateTime receivedAt;
    /** Why a call received longer ago than the late-entry bound is registered only now. */
    private String lateReason;

    private String description;
    private boolean majorMatter;
    private boolean crisis;
    /** Photos and files received with the call (R-S1), stored with the case when it is saved. */
    private final CaseIntakeFiles files = new CaseIntakeFiles();

    /** Called by f:viewAction: now as the time received, and the project of {@code ?project=ID} if given. */
    public void load() {
        if (!caller.may(Permission.CASE_REGISTER)) {
            Pages.sendError(403);
            return;
        }
        receivedAt = LocalDateTime.ofInstant(cases.now(), config.zone()).truncatedTo(ChronoUnit.MINUTES);
        if (projectParam != null) {
            Project chosen = projects.find(projectParam);
            project = projectChoices.remember(choiceOf(chosen));
            showProject(chosen);
        }
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(CaseNewBacking::choiceOf)
                        .toList());
    }

    /** Another project: its contacts and equipment items are offered; the item chosen for the previous one goes. */
    public void projectChosen() {
        equipmentItemId = null;
        if (project == null) {
            contactDetails = new LinkedHashMap<>();
            itemChoices = List.of();
            phase = null;
            warrantyEnd = null;
            return;
        }
        showProject(projects.find(project.id()));
    }

    private void showProject(Project chosen) {
        phase = chosen.phaseOn(projects.today());
        warrantyEnd = chosen.getWarrantyEnd();
        contactDetails = new LinkedHashMap<>();
        for (OwnerContact contact : contacts.list(chosen.getId(), PageRequest.first(PageRequest.MAX_SIZE))
                .items()) {
            String details = String.join(
                    " · ",
                    Stream.of(contact.getTitle(), contact.getPhone())
                            .filter(value -> value != null && !value.isBlank())
                            .toList());
            contactDetails.putIfAbsent(contact.getName(), details);
        }
        itemChoices = equipment.list(chosen.getId(), null, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .map(item -> new Choice(item.getId(), item.getTag() + " " + item.getName()))
                .toList();
    }

    /** The project's owner contacts whose name contains what was typed; all of them for the dropdown. */
    public List<String> completeReporter(String query) {
        String typed = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return contactDetails.keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(typed))
                .toList();
    }

    public String contactDetailsOf(String name) {
        return name == null ? "" : contactDetails.getOrDefault(name, "");
    }

    public void save() {
        // A missing project is refused by the service with every other missing field, all at once (issue 18 item 5).
        ServiceCase registered = attachments.register(
                new CaseIntake(
                        project == null ? null : project.id(),
                        equipmentItemId,
                        channel,
                        type,
                        reporterName,
                        receivedAt == null
                                ? null
                                : receivedAt.atZone(config.zone()).toInstant(),
                        description,
                        majorMatter,
                        crisis,
                        lateReason,
                        concern),
                files.uploads());
        Pages.infoAfterRedirect("case.registered", registered.getNumber());
        Pages.redirect("/cases/view.xhtml?id=" + registered.getId());
    }

    /** A photo or file chosen: checked at once by the document store, kept until the call is saved. */
    public void attach(FileUploadEvent event) {
        files.add(documents, event.getFile());
    }

    public void removeFile(int key) {
        files.remove(key);
    }

    public CaseIntakeFiles getFiles() {
        return files;
    }

    public long getMaxSizeBytes() {
        return documents.maxSizeMb() * 1024 * 1024;
    }

    public long getMaxSizeMb() {
        return documents.maxSizeMb();
    }

    public String size(long bytes) {
        return CaseIntakeFiles.size(bytes);
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public org.aftersales.servicecase.ComplaintSubject getConcern() {
        return concern;
    }

    public void setConcern(org.aftersales.servicecase.ComplaintSubject concern) {
        this.concern = concern;
    }

    public org.aftersales.servicecase.ComplaintSubject[] getConcerns() {
        return org.aftersales.servicecase.ComplaintSubject.values();
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public boolean isContactsKnown() {
        return !contactDetails.isEmpty();
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public List<Choice> getItemChoices() {
        return itemChoices;
    }

    public ProjectPhase getPhase() {
        return phase;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public Long getProjectParam() {
        return projectParam;
    }

    public void setProjectParam(Long projectParam) {
        this.projectParam = projectParam;
    }

    public Choice getProject() {
        return project;
    }

    public void setProject(Choice project) {
        this.project = project;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public Long getEquipmentItemId() {
        return equipmentItemId;
    }

    public void setEquipmentItemId(Long equipmentItemId) {
        this.equipmentItemId = equipmentItemId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }

    /** The policy's late-entry bound in hours (R-O2), as the late-reason hint names it. */
    public int getLateEntryHours() {
        return cases.lateEntryHours();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isMajorMatter() {
        return majorMatter;
    }

    public void setMajorMatter(boolean majorMatter) {
        this.majorMatter = majorMatter;
    }

    public boolean isCrisis() {
        return crisis;
    }

    public void setCrisis(boolean crisis) {
        this.crisis = crisis;
    }
}
