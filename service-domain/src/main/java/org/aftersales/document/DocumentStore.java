package org.aftersales.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.aftersales.document.UploadRefusedException.Reason;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The one document store (R-K1) and the equipment document archive on top of it (R-B4).
 *
 * <p>Storing a file is all or nothing, in the caller's transaction: the content is read up to the configured limit
 * (refused beyond it), its type recognised from the bytes and checked against the allowed list and against the
 * name's extension, its SHA-256 computed, its text read within the limits ({@link DocumentTextExtractor}); only then
 * are the document, its content and its text written, together. A refusal is a {@link BusinessException}, which rolls
 * the transaction back — nothing half-stored remains. Only the size limit refuses a file: one whose text trips a
 * parsing limit is stored without text ({@link StoredDocument#isTextLimitTripped()}), and the page says so.
 *
 * <p>Documents filed under a project are project data: they are seen through {@link ProjectService#find(long)}, so a
 * project department reaches only its own projects' documents. Documents without a project (company manuals) are
 * seen by every role that may view documents.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
    private static final int BUFFER = 64 * 1024;

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "title", "d.title",
            "fileName", "d.fileName",
            "kind", "d.kind",
            "sizeBytes", "d.sizeBytes",
            "createdAt", "d.createdAt",
            "projectCode", "p.code",
            "equipmentTag", "e.tag");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    EquipmentService equipment;

    @Inject
    DocumentSettings settings;

    @Inject
    DocumentTextExtractor texts;

    /** An upload to the archive: the document filed under the project and item named in {@code data}. */
    @Transactional
    public StoredDocument upload(DocumentData data, DocumentUpload file) {
        caller.require(Permission.DOCUMENT_UPLOAD);
        Project project = data.projectId() == null ? null : projects.find(data.projectId());
        EquipmentItem item = data.equipmentItemId() == null ? null : equipment.find(data.equipmentItemId());
        StoredDocument document = store(data.kind(), data.title(), file);
        document.fileUnder(project, item);
        return document;
    }

    /**
     * Stores a file for another use case in its transaction (a manual version, an article's attachment), which has
     * checked its own permission; not filed under a project.
     */
    @Transactional
    public StoredDocument store(DocumentKind kind, String title, DocumentUpload file) {
        CheckedFile checked = check(file);
        String fileName = checked.fileName();
        FileType type = checked.type();
        byte[] content = checked.content();
        String storedName = UUID.randomUUID() + "." + type.extensionFor(fileName);
        String contentType = type.contentTypeFor(content);
        TextExtraction text = texts.extract(fileName, type, contentType, content);
        StoredDocument document = new StoredDocument(
                kind, title, fileName, storedName, type, contentType, content.length, sha256(content));
        document.recordText(text);
        em.persist(document);
        em.persist(new DocumentContent(document, content));
        text.textIfRead().ifPresent(words -> em.persist(new ExtractedText(document, words)));
        LOG.info(() -> "document stored: " + storedName + " (" + type + ", " + content.length + " bytes, text " + text
                + ") by " + caller.username());
        return document;
    }

    /** A file that passed the store's checks, not stored yet: its cleaned name, its bytes and its type. */
    public record CheckedFile(String fileName, byte[] content, FileType type) {

        public long size() {
            return content.length;
        }

        /** The file again as an upload, to be stored (and checked once more) later. */
        public DocumentUpload upload() {
            return new DocumentUpload(fileName, new ByteArrayInputStream(content));
        }
    }

    /**
     * Checks a file as {@link #store} does, without storing anything: the name cleaned, the content read up to the
     * configured limit, the type recognised from the bytes and matched against the name. A page checks each file as it
     * is chosen with this, so a refusal shows at once, and stores them later with the record they belong to.
     */
    public CheckedFile check(DocumentUpload file) {
        if (file == null || file.content() == null) {
            throw new BusinessException("file", "document.error.fileRequired");
        }
        String fileName = FileNames.clean(file.fileName());
        if (fileName == null) {
            throw new BusinessException("file", "document.error.fileNameRequired");
        }
        byte[] content = readAtMost(file.content(), settings.maxBytes(), fileName);
        if (content.length == 0) {
            throw new BusinessException("file", "document.error.empty", fileName);
        }
        FileType type = FileType.detect(content)
                .orElseThrow(() -> new UploadRefusedException(Reason.TYPE, "document.error.typeNotAllowed", fileName));
        if (!type.matchesName(fileName)) {
            throw new UploadRefusedException(
                    Reason.TYPE,
                    "document.error.extensionMismatch",
                    fileName,
                    "." + String.join(" / .", type.extensions()));
        }
        return new CheckedFile(fileName, content, type);
    }

    /** The document, if the caller may see it; otherwise "not found". */
    @Transactional
    public StoredDocument find(long id) {
        caller.require(Permission.DOCUMENT_VIEW);
        StoredDocument document = em.find(StoredDocument.class, id);
        if (document == null) {
            throw new NotFoundException("document", id);
        }
        if (document.getProject() != null) {
            try {
                projects.find(document.getProject().getId());
            } catch (NotFoundException projectNotVisible) {
                throw new NotFoundException("document", id);
            }
        }
        return document;
    }

    /** The bytes of a document the caller may see. */
    @Transactional
    public byte[] content(long id) {
        find(id);
        DocumentContent content = em.find(DocumentContent.class, id);
        if (content == null) {
            throw new NotFoundException("document", id);
        }
        return content.getContent();
    }

    /** Changes what the archive says about a document: kind, title, project and item (the file stays as it is). */
    @Transactional
    public StoredDocument describe(long id, DocumentData data) {
        caller.require(Permission.DOCUMENT_UPLOAD);
        StoredDocument document = find(id);
        Project project = data.projectId() == null ? null : projects.find(data.projectId());
        EquipmentItem item = data.equipmentItemId() == null ? null : equipment.find(data.equipmentItemId());
        document.describe(data.kind(), data.title());
        document.fileUnder(project, item);
        return document;
    }

    /**
     * The archive: documents matching the filter whose project the caller may see (or that have none). The equipment
     * item and project filters go through their services, so a filter on a project one may not see answers
     * "not found".
     */
    @Transactional
    public Page<StoredDocument> list(DocumentFilter filter, PageRequest page) {
        caller.require(Permission.DOCUMENT_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.projectId() != null) {
            where.append(" and d.project = :project");
            params.put("project", projects.find(filter.projectId()));
        }
        if (filter.equipmentItemId() != null) {
            where.append(" and d.equipmentItem = :item");
            params.put("item", equipment.find(filter.equipmentItemId()));
        }
        if (filter.kind() != null) {
            where.append(" and d.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(d.title) like :text or lower(d.fileName) like :text or lower(e.tag) like :text"
                    + " or lower(e.name) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        if (caller.restrictedToOwnDepartment()) {
            where.append(" and (p is null or pd.id = :ownDepartment)");
            Long own = caller.departmentId();
            params.put("ownDepartment", own == null ? Long.valueOf(-1L) : own);
        }
        String from = " from StoredDocument d left join d.project p left join p.projectDepartment pd"
                + " left join d.equipmentItem e";
        TypedQuery<StoredDocument> query = em.createQuery(
                "select d" + from + where + " order by " + page.orderBy(SORT_FIELDS, "d.createdAt") + ", d.id desc",
                StoredDocument.class);
        TypedQuery<Long> count = em.createQuery("select count(d)" + from + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<StoredDocument> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    /** The documents of one equipment item (R-B4), newest first. */
    @Transactional
    public List<StoredDocument> ofEquipmentItem(long itemId) {
        EquipmentItem item = equipment.find(itemId);
        caller.require(Permission.DOCUMENT_VIEW);
        return em.createQuery(
                        "select d from StoredDocument d where d.equipmentItem = :item"
                                + " order by d.createdAt desc, d.id desc",
                        StoredDocument.class)
                .setParameter("item", item)
                .getResultList();
    }

    public long maxSizeMb() {
        return settings.maxSizeMb();
    }

    /** Reads the whole stream, refusing it as soon as it passes {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, long limit, String fileName) {
        try (InputStream stream = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int read;
            while ((read = stream.read(buffer)) >= 0) {
                total += read;
                if (total > limit) {
                    throw new UploadRefusedException(
                            Reason.TOO_LARGE, "document.error.tooLarge", fileName, limit / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException unreadable) {
            throw new BusinessException("file", "document.error.unreadable", fileName);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
