package org.aftersales.web.view.manuals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.document.DocumentUpload;
import org.aftersales.manual.Manual;
import org.aftersales.manual.ManualData;
import org.aftersales.manual.ManualKind;
import org.aftersales.manual.ManualService;
import org.aftersales.manual.ManualVersion;
import org.aftersales.manual.ManualVersionState;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;
import org.aftersales.training.TrainingFilter;
import org.aftersales.training.TrainingRequirement;
import org.aftersales.training.TrainingService;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.documents.DocumentMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * manuals/manual.xhtml: one manual (R-K2) — what it is and whom it concerns, its versions with their approval, the
 * upload of a new version (a draft), approval by leadership, and who owes or has done training on it.
 */
@Named
@ViewScoped
public class ManualBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManualService manuals;

    @Inject
    transient TrainingService training;

    @Inject
    transient Caller caller;

    private Long id;
    private long version;
    private String number;
    private String title;
    private ManualKind kind;
    private List<Role> trainingRoles = new ArrayList<>();
    private Qualification trainingQualification;
    private List<ManualVersion> versions = List.of();
    private List<TrainingRequirement> requirements = List.of();

    private String label;
    private String changes;
    private transient UploadedFile file;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.MANUAL_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        show(manuals.find(id));
    }

    private void show(Manual manual) {
        id = manual.getId();
        version = manual.getVersion();
        number = manual.getNumber();
        title = manual.getTitle();
        kind = manual.getKind();
        trainingRoles = new ArrayList<>(manual.getTrainingRoles());
        trainingQualification = manual.getTrainingQualification();
        versions = manuals.versions(id);
        requirements = training.requirements(new TrainingFilter(null, id, null), PageRequest.first(200))
                .items();
    }

    public void save() {
        Manual saved = manuals.update(
                id,
                version,
                new ManualData(
                        number,
                        title,
                        kind,
                        trainingRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(trainingRoles),
                        trainingQualification));
        show(saved);
        Pages.info("manual.saved", saved.getNumber());
    }

    public void upload() throws IOException {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw new BusinessException("file", "document.error.fileRequired");
        }
        ManualVersion added =
                manuals.addVersion(id, label, changes, new DocumentUpload(file.getFileName(), file.getInputStream()));
        label = null;
        changes = null;
        file = null;
        show(manuals.find(id));
        Pages.info("manual.version.uploaded", added.getLabel());
        DocumentMessages.warnIfStoredWithoutText(added.getDocument());
    }

    public void approve(long versionId) {
        ManualService.Approval approval = manuals.approve(versionId);
        show(manuals.find(id));
        Pages.info("manual.version.approved", approval.version().getLabel(), approval.trainingRequirements());
    }

    public boolean approvable(ManualVersion manualVersion) {
        return manualVersion.getState() == ManualVersionState.DRAFT && caller.may(Permission.MANUAL_APPROVE);
    }

    public boolean isEditable() {
        return caller.may(Permission.MANUAL_EDIT);
    }

    public boolean isTrainingRecorder() {
        return caller.may(Permission.TRAINING_RECORD);
    }

    public ManualKind[] getKinds() {
        return ManualKind.values();
    }

    public List<Role> getRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(r -> r != Role.INTEGRATION && r != Role.ADMIN)
                .toList();
    }

    public Qualification[] getQualifications() {
        return Qualification.values();
    }

    public List<ManualVersion> getVersions() {
        return versions;
    }

    public List<TrainingRequirement> getRequirements() {
        return requirements;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ManualKind getKind() {
        return kind;
    }

    public void setKind(ManualKind kind) {
        this.kind = kind;
    }

    public List<Role> getTrainingRoles() {
        return trainingRoles;
    }

    public void setTrainingRoles(List<Role> trainingRoles) {
        this.trainingRoles = trainingRoles;
    }

    public Qualification getTrainingQualification() {
        return trainingQualification;
    }

    public void setTrainingQualification(Qualification trainingQualification) {
        this.trainingQualification = trainingQualification;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
