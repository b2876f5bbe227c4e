package org.aftersales.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * One uploaded file of the maintenance documentation system (R-K1): a manual, a parts list, a drawing, a
 * certificate, a scan. Filed in the equipment document archive (R-B4) when it belongs to a project and, within it,
 * to an equipment item; manual versions and knowledge articles refer to documents of their own.
 *
 * <p>What a document says about its file is fixed when it is stored and never changes: the type recognised from the
 * content ({@link FileType}), size, SHA-256 checksum, and the name the file came with — kept for display and for the
 * download, which offers it again. The bytes are kept in the database ({@link DocumentContent}) under a key of the
 * server's making ({@link #getStoredName()}), so that a database backup holds every document with its metadata and a
 * name sent by a browser never reaches a file system.
 *
 * <p>Its text is read once, when it is stored, within explicit limits ({@link TextLimits}): what became of it is its
 * {@link TextState} (and the {@link TextLimit} it tripped, if one did), the text itself is kept apart
 * ({@link ExtractedText}) for the search index. A file that trips a limit is stored all the same, without text.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument extends BaseEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int FILE_NAME_LENGTH = FileNames.MAX_LENGTH;
    public static final int STORED_NAME_LENGTH = 60;
    public static final int CONTENT_TYPE_LENGTH = 120;
    public static final int SHA256_LENGTH = 64;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = FILE_NAME_LENGTH)
    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "stored_name", nullable = false, updatable = false, length = STORED_NAME_LENGTH)
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false, length = 20)
    private FileType fileType;

    @Column(name = "content_type", nullable = false, updatable = false, length = CONTENT_TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = SHA256_LENGTH)
    private String sha256;

    /** {@code null} only for a document stored before texts were read at upload, until the backfill reads it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "text_state", length = 20)
    private TextState textState;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_limit", length = 20)
    private TextLimit textLimit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_item_id")
    private EquipmentItem equipmentItem;

    protected StoredDocument() {}

    StoredDocument(
            DocumentKind kind,
            String title,
            String fileName,
            String storedName,
            FileType fileType,
            String contentType,
            long sizeBytes,
            String sha256) {
        describe(kind, title == null || title.isBlank() ? fileName : title);
        this.fileName = fileName;
        this.storedName = storedName;
        this.fileType = fileType;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    /** Records what became of the file's text when it was stored. */
    void recordText(TextExtraction extraction) {
        this.textState = extraction.state();
        this.textLimit = extraction.limit();
    }

    /** Says what the document is; the title defaults to the file name. */
    public void describe(DocumentKind newKind, String newTitle) {
        if (newKind == null) {
            throw new BusinessException("kind", "document.error.kindRequired");
        }
        String stripped = Inputs.stripToNull(newTitle);
        if (stripped == null) {
            throw new BusinessException("title", "document.error.titleRequired");
        }
        if (stripped.length() > TITLE_LENGTH) {
            stripped = stripped.substring(0, TITLE_LENGTH);
        }
        this.kind = newKind;
        this.title = stripped;
    }

    /**
     * Files the document in the archive of a project and, optionally, one of its equipment items (R-B4); an item
     * belongs to its own project only.
     */
    public void fileUnder(Project newProject, EquipmentItem newItem) {
        if (newItem != null && (newProject == null || !newItem.getProject().equals(newProject))) {
            throw new BusinessException("equipmentItemId", "document.error.itemOfAnotherProject");
        }
        this.project = newProject;
        this.equipmentItem = newItem;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredName() {
        return storedName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public TextState getTextState() {
        return textState;
    }

    public TextLimit getTextLimit() {
        return textLimit;
    }

    /** Stored without searchable text because reading it tripped a limit: the portal warns about it. */
    public boolean isTextLimitTripped() {
        return textState != null && textState.limitTripped();
    }

    public Project getProject() {
        return project;
    }

    public EquipmentItem getEquipmentItem() {
        return equipmentItem;
    }
}
