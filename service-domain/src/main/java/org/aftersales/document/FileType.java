package org.aftersales.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the document store accepts, recognised by their content — the first bytes ("magic numbers") and,
 * for the zip-based Office formats, the parts inside — never by the name alone. A file whose content is none of these
 * is refused, and so is one whose name claims another type than its content (an executable renamed to
 * {@code 手册.pdf}, a picture renamed to {@code .docx}).
 *
 * <p>Plain text has no magic number: it is text when it has no NUL byte and decodes as UTF-8 or GB18030 (the Chinese
 * national encoding that Windows editors write).
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** Word, Excel and PowerPoint 97–2003: one container format (OLE2 compound file) for all three. */
    OFFICE_LEGACY("application/x-ole-storage", "doc", "xls", "ppt"),
    DWG("image/vnd.dwg", "dwg"),
    TEXT("text/plain", "txt", "csv", "log", "md");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    /** How many zip entries are read to find an Office document's parts before giving up. */
    private static final int MAX_ZIP_ENTRIES = 2000;

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** The type the content is, if it is one the store accepts. */
    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(GIF);
        }
        if (startsWith(content, OLE_MAGIC)) {
            return Optional.of(OFFICE_LEGACY);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeOpenXml(content);
        }
        if (isDwg(content)) {
            return Optional.of(DWG);
        }
        if (isText(content)) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /** Whether a file name's extension (case-insensitive) belongs to this type. */
    public boolean matchesName(String fileName) {
        return extensionOf(fileName).map(extensions::contains).orElse(false);
    }

    /** The extension after the last dot, lower case; empty when the name has none. */
    public static Optional<String> extensionOf(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The extension the store gives the file's server-side name: the name's own when it fits, else the first. */
    public String extensionFor(String fileName) {
        return extensionOf(fileName).filter(extensions::contains).orElse(extensions.get(0));
    }

    /** The media type to serve the content with; text says its encoding, so a browser never has to guess it. */
    public String contentTypeFor(byte[] content) {
        if (this != TEXT) {
            return contentType;
        }
        return contentType + "; charset=" + (decodes(content, StandardCharsets.UTF_8) ? "UTF-8" : "GB18030");
    }

    public List<String> extensions() {
        return extensions;
    }

    /** A zip is accepted only as a Word, Excel or PowerPoint document: an arbitrary archive could hold anything. */
    private static Optional<FileType> officeOpenXml(byte[] content) {
        boolean contentTypes = false;
        FileType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (found == null && name.startsWith("word/")) {
                    found = DOCX;
                } else if (found == null && name.startsWith("xl/")) {
                    found = XLSX;
                } else if (found == null && name.startsWith("ppt/")) {
                    found = PPTX;
                }
                if (contentTypes && found != null) {
                    return Optional.of(found);
                }
            }
        } catch (IOException | IllegalArgumentException notAReadableZip) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** AutoCAD drawings start with their format version: "AC1015" (2000) … "AC1032" (2018+), "AC1.50", "AC2.10". */
    private static boolean isDwg(byte[] content) {
        if (content.length < 6 || content[0] != 'A' || content[1] != 'C') {
            return false;
        }
        for (int i = 2; i < 6; i++) {
            byte b = content[i];
            if (!(b >= '0' && b <= '9') && b != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
            // Control characters other than tab, line feed, form feed and carriage return mark a binary file.
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                return false;
            }
        }
        return decodes(content, StandardCharsets.UTF_8) || decodes(content, Charset.forName("GB18030"));
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notInThisCharset) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
