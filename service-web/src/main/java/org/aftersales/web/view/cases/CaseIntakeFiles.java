package org.aftersales.web.view.cases;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.primefaces.model.file.UploadedFile;

/**
 * The photos and files chosen on the intake page (R-S1) before the call is saved: each checked by the document store
 * as it arrives (a refusal shows at once), kept in the view, and stored with the case when it is registered.
 */
public class CaseIntakeFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A checked file waiting for the case to be saved. */
    public record Pending(int key, String fileName, long size, String type, byte[] content) implements Serializable {

        DocumentUpload upload() {
            return new DocumentUpload(fileName, new java.io.ByteArrayInputStream(content));
        }
    }

    private final List<Pending> files = new ArrayList<>();
    private int next;

    /** Checks the file (size limit, type by content, name) and keeps it; a refusal is the store's own. */
    void add(DocumentStore documents, UploadedFile file) {
        try {
            DocumentStore.CheckedFile checked =
                    documents.check(new DocumentUpload(file.getFileName(), file.getInputStream()));
            files.add(new Pending(
                    next++, checked.fileName(), checked.size(), checked.type().name(), checked.content()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    void remove(int key) {
        files.removeIf(pending -> pending.key() == key);
    }

    List<DocumentUpload> uploads() {
        return files.stream().map(Pending::upload).toList();
    }

    public List<Pending> getFiles() {
        return files;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
