package org.aftersales.web.api;

import java.util.Map;
import org.aftersales.document.StoredDocument;
import org.aftersales.staff.PersonNames;

/**
 * A stored document (R-K1, R-B4): what it is and the facts of its file, fixed at upload — the original file name,
 * the type recognised from the content, size and SHA-256, and what became of its text for the search ({@code
 * textState}: EXTRACTED, NO_TEXT, UNREADABLE, NOT_A_TEXT_TYPE or LIMIT_TRIPPED, then {@code textLimit} names the
 * limit; {@code null} for a document stored before texts were read, until the next start reads it). {@code
 * contentUrl} downloads it (same credentials).
 */
public class DocumentDto {

    public Long id;
    public String kind;
    public String title;
    public String fileName;
    public String fileType;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public String textState;
    /** Set when {@code textState} is LIMIT_TRIPPED: the file is stored, but not searchable by its text. */
    public String textLimit;

    public Long projectId;
    public Long equipmentItemId;
    public String uploadedAt;
    public String uploadedBy;
    /** The display name beside the login (issue 18 item 4). */
    public String uploadedByName;

    public String contentUrl;
    /** Set on an upload that made a new manual version ({@code POST /documents} with {@code manualId}). */
    public Long manualId;

    public Long manualVersionId;

    /** The document with the uploader's name beside the login, from {@code names} read once for the request. */
    static DocumentDto of(StoredDocument document, Map<String, String> names) {
        DocumentDto dto = of(document);
        dto.uploadedByName = PersonNames.shown(names, dto.uploadedBy);
        return dto;
    }

    static DocumentDto of(StoredDocument document) {
        DocumentDto dto = new DocumentDto();
        dto.id = document.getId();
        dto.kind = ApiEnums.name(document.getKind());
        dto.title = document.getTitle();
        dto.fileName = document.getFileName();
        dto.fileType = ApiEnums.name(document.getFileType());
        dto.contentType = document.getContentType();
        dto.sizeBytes = document.getSizeBytes();
        dto.sha256 = document.getSha256();
        dto.textState = ApiEnums.name(document.getTextState());
        dto.textLimit = ApiEnums.name(document.getTextLimit());
        dto.projectId =
                document.getProject() == null ? null : document.getProject().getId();
        dto.equipmentItemId = document.getEquipmentItem() == null
                ? null
                : document.getEquipmentItem().getId();
        dto.uploadedAt = ApiInstants.format(document.getCreatedAt());
        dto.uploadedBy = document.getCreatedBy();
        dto.contentUrl = "documents/" + document.getId() + "/content";
        return dto;
    }
}
