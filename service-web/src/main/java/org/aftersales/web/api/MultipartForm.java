package org.aftersales.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.document.DocumentUpload;

/**
 * A {@code multipart/form-data} upload as the document store takes it: one file part (named {@code file}) and text
 * fields. Text fields are read as UTF-8, whatever the part claims (HTML forms and curl send UTF-8 without saying so).
 *
 * <p>The file name: RFC 7578 says a client sends it in UTF-8 in the {@code filename} parameter (browsers, curl do),
 * or percent-encoded as {@code filename*=UTF-8''…}. The header parser reads header bytes as ISO-8859-1, so a UTF-8
 * name arrives as one character per byte; such a name is decoded again as UTF-8 when its bytes are valid UTF-8 —
 * so {@code 鼓风机说明书.pdf} keeps its Chinese. The name is only ever shown and offered again on download; the store
 * cleans it and keeps the bytes under a name of its own.
 *
 * <p>Text fields and the file name are text on one line, as in JSON bodies ({@link StrictInput}): no control
 * characters, except line breaks and tabs in the fields that may run over several lines.
 */
final class MultipartForm {

    static final String FILE = "file";

    /** Text fields of the forms that may run over several lines ({@link MultiLine}): a manual version's changes. */
    private static final java.util.Set<String> MULTI_LINE = java.util.Set.of("changes");

    private final Map<String, String> fields = new HashMap<>();
    private EntityPart file;

    private MultipartForm() {}

    static MultipartForm of(List<EntityPart> parts) {
        MultipartForm form = new MultipartForm();
        if (parts == null) {
            return form;
        }
        for (EntityPart part : parts) {
            if (FILE.equals(part.getName())) {
                form.file = part;
                StrictInput.text(FILE, part.getFileName().orElse(null), false);
            } else {
                String value = text(part);
                StrictInput.text(part.getName(), value, MULTI_LINE.contains(part.getName()));
                form.fields.put(part.getName(), value);
            }
        }
        return form;
    }

    /** The file, or {@code null} when the form has none (the store refuses that with its own message). */
    DocumentUpload upload() {
        if (file == null) {
            return null;
        }
        return new DocumentUpload(
                file.getFileName().map(MultipartForm::utf8Name).orElse(null), file.getContent());
    }

    /** A day field (yyyy-MM-dd); {@code null} when absent or blank, 422 when it is not a day. */
    java.time.LocalDate day(String name) {
        String value = text(name);
        return value == null ? null : ApiValues.date(name, value);
    }

    /** A text field, stripped; {@code null} when absent or blank. */
    String text(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An id field; a value that is no number is a malformed request (400, API.md). */
    Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new InputRefusedException(
                    InputRefusedException.WRONG_TYPE, name, "api.error.notWholeNumber", Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name whose characters are all bytes (ISO-8859-1 read) and form valid UTF-8 is read again as UTF-8. */
    static String utf8Name(String sent) {
        if (sent == null || sent.chars().allMatch(c -> c < 0x80) || sent.chars().anyMatch(c -> c > 0xFF)) {
            return sent;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sent.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return sent;
        }
    }
}
