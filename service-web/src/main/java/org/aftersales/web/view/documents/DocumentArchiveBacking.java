package org.aftersales.web.view.documents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.aftersales.document.DocumentData;
import org.aftersales.document.DocumentFilter;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * documents/archive.xhtml: the document store as a register (R-K1) and the equipment document archive (R-B4) — all
 * documents, or those of one project and one of its equipment items ({@code ?project=…&item=…}, linked from the
 * equipment page), with the dialog that uploads one.
 */
@Named
@ViewScoped
public class DocumentArchiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    private static final int ITEMS = 500;

    @Inject
    transient DocumentStore documents;

    @Inject
    transient ProjectService projects;

    @Inject
    transient EquipmentService equipment;

    @Inject
    transient Caller caller;

    private Long projectParam;
    private Long itemParam;
    private Choice project;
    private Long itemId;
    private DocumentKind kind;
    private String text;
    private List<Choice> items = List.of();
    private final ChoiceConverter projectChoices = new ChoiceConverter();

    private Upload upload = new Upload();
    private List<Choice> uploadItems = List.of();

    private final PagedModel<StoredDocument> list = new PagedModel<>(request ->
            documents.list(new DocumentFilter(text, project == null ? null : project.id(), itemId, kind), request));

    /**
     * Called by f:viewAction: the project and item named in the URL, if any; one that does not exist or may not be
     * seen answers 404. An item alone stands for its project too; an item of another project than the one named is
     * left out.
     */
    public void load() {
        if (!caller.may(Permission.DOCUMENT_VIEW)) {
            Pages.sendError(403);
            return;
        }
        Long itemProject = itemParam == null
                ? null
                : equipment.find(itemParam).getProject().getId();
        Long shownProject = projectParam != null ? projectParam : itemProject;
        if (shownProject != null) {
            project = projectChoices.remember(choiceOf(projects.find(shownProject)));
            items = itemsOf(shownProject);
            itemId = shownProject.equals(itemProject) ? itemParam : null;
        }
    }

    public void projectChosen() {
        itemId = null;
        items = project == null ? List.of() : itemsOf(project.id());
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(DocumentArchiveBacking::choiceOf)
                        .toList());
    }

    public void startUpload() {
        upload = new Upload();
        upload.kind = DocumentKind.DRAWING;
        upload.project = project;
        upload.itemId = itemId;
        uploadItems = project == null ? List.of() : items;
    }

    public void uploadProjectChosen() {
        upload.itemId = null;
        uploadItems = upload.project == null ? List.of() : itemsOf(upload.project.id());
    }

    public void save() throws IOException {
        UploadedFile file = upload.file;
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw new BusinessException("file", "document.error.fileRequired");
        }
        StoredDocument stored = documents.upload(
                new DocumentData(
                        upload.kind, upload.title, upload.project == null ? null : upload.project.id(), upload.itemId),
                new DocumentUpload(file.getFileName(), file.getInputStream()));
        Pages.info("document.saved", stored.getFileName());
        DocumentMessages.warnIfStoredWithoutText(stored);
        upload = new Upload();
    }

    private List<Choice> itemsOf(long projectId) {
        return equipment.list(projectId, null, new PageRequest(0, ITEMS, "tag", true)).items().stream()
                .map(e -> new Choice(e.getId(), e.getTag() + " " + e.getName()))
                .toList();
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    /** A size as people read it: 980 B, 12.5 KB, 3.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public boolean isUploadAllowed() {
        return caller.may(Permission.DOCUMENT_UPLOAD);
    }

    public long getMaxSizeMb() {
        return documents.maxSizeMb();
    }

    public long getMaxSizeBytes() {
        return documents.maxSizeMb() * 1024 * 1024;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    /** The kinds one uploads here: case attachments come only with their case (R-S1), from the case pages. */
    public java.util.List<DocumentKind> getUploadKinds() {
        return java.util.Arrays.stream(DocumentKind.values())
                .filter(k -> k != DocumentKind.CASE_ATTACHMENT)
                .toList();
    }

    public PagedModel<StoredDocument> getList() {
        return list;
    }

    public List<Choice> getItems() {
        return items;
    }

    public List<Choice> getUploadItems() {
        return uploadItems;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public Long getProjectParam() {
        return projectParam;
    }

    public void setProjectParam(Long projectParam) {
        this.projectParam = projectParam;
    }

    public Long getItemParam() {
        return itemParam;
    }

    public void setItemParam(Long itemParam) {
        this.itemParam = itemParam;
    }

    public Choice getProject() {
        return project;
    }

    public void setProject(Choice project) {
        this.project = project;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Upload getUpload() {
        return upload;
    }

    /** What the upload dialog edits; the inputs are named after {@link DocumentData}'s fields. */
    public static class Upload implements Serializable {

        private static final long serialVersionUID = 1L;

        private DocumentKind kind;
        private String title;
        private Choice project;
        private Long itemId;
        private transient UploadedFile file;

        public DocumentKind getKind() {
            return kind;
        }

        public void setKind(DocumentKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Choice getProject() {
            return project;
        }

        public void setProject(Choice project) {
            this.project = project;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public UploadedFile getFile() {
            return file;
        }

        public void setFile(UploadedFile file) {
            this.file = file;
        }
    }
}
