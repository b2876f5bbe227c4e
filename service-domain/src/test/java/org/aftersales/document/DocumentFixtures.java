package org.aftersales.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.aftersales.project.EquipmentFixtures;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.staff.Caller;
import org.aftersales.testing.TestDatabase;

/** A {@link DocumentStore} wired by hand, and the bytes of small files of each kind. */
public final class DocumentFixtures {

    /**
     * One text extractor for all tests, with the production limits: its two reading threads are daemons, shared as
     * the container shares one per instance.
     */
    public static final DocumentTextExtractor TEXTS = DocumentTextExtractor.standalone(TextLimits.defaults());

    private DocumentFixtures() {}

    public static DocumentStore store(TestDatabase database, Caller caller) {
        return store(database, caller, DocumentSettings.DEFAULT_MAX_SIZE_MB);
    }

    public static DocumentStore store(TestDatabase database, Caller caller, long maxSizeMb) {
        DocumentStore store = new DocumentStore();
        store.em = database.em();
        store.caller = caller;
        store.projects = ProjectFixtures.projectService(database, caller);
        store.equipment = EquipmentFixtures.equipmentService(database, caller);
        DocumentSettings settings = new DocumentSettings();
        settings.maxSizeMb = maxSizeMb;
        store.settings = settings;
        store.texts = TEXTS;
        return store;
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static DocumentUpload pdfUpload(String fileName, String text) {
        return new DocumentUpload(fileName, new ByteArrayInputStream(pdf(text)));
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** A Windows executable: "MZ" and a DOS stub. */
    public static byte[] executable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /** A minimal Office Open XML package: [Content_Types].xml and one part under {@code folder}. */
    public static byte[] officeOpenXml(String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(folder + "/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
