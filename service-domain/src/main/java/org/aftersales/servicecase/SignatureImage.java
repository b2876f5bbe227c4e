package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;

/**
 * The image of a signature or a stamp (签章, R-S8), kept in the database with the document it signs: either drawn on
 * screen — the value of PrimeFaces {@code p:signature}, a {@code data:image/png;base64,…} URL of at most
 * {@value #DRAWN_MAX_KB} KB — or the signed or stamped paper, scanned: PNG, JPEG or PDF of at most
 * {@value #SCAN_MAX_MB} MB. What a file is, is judged by its first bytes, not by the type the sender claims: a file
 * whose content is not what it says is refused.
 *
 * <p>Never changed once stored. Loaded only when the image itself is asked for (printing, display), not with the case.
 */
@Entity
@Table(name = "signature_image")
public class SignatureImage extends BaseEntity {

    public static final String DATA_URL_PREFIX = "data:image/png;base64,";
    public static final int DRAWN_MAX_KB = 500;
    public static final int SCAN_MAX_MB = 5;
    public static final int DRAWN_MAX_BYTES = DRAWN_MAX_KB * 1024;
    public static final int SCAN_MAX_BYTES = SCAN_MAX_MB * 1024 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String PDF = "application/pdf";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final Map<String, byte[]> MAGIC = Map.of(PNG, PNG_MAGIC, JPEG, JPEG_MAGIC, PDF, PDF_MAGIC);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private SignatureForm form;

    @NotNull
    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    /** BYTEA: PostgreSQL's binary type, which H2 2.x takes as BINARY VARYING; bound as plain bytes, not a LOB. */
    @NotNull
    @Column(name = "image_data", nullable = false, updatable = false)
    private byte[] data;

    protected SignatureImage() {}

    private SignatureImage(SignatureForm form, String contentType, byte[] data) {
        this.form = form;
        this.contentType = contentType;
        this.data = data.clone();
        this.sizeBytes = data.length;
    }

    /**
     * A signature drawn on screen: the {@code p:signature} value, a PNG data URL of at most {@value #DRAWN_MAX_KB} KB.
     */
    public static SignatureImage drawn(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            throw new BusinessException("signature", "signature.error.required");
        }
        String value = dataUrl.strip();
        if (!value.startsWith(DATA_URL_PREFIX)) {
            throw new BusinessException("signature", "signature.error.notPngDataUrl");
        }
        String base64 = value.substring(DATA_URL_PREFIX.length());
        // Four base64 characters carry three bytes: refuse what is too long before decoding it.
        if ((long) base64.length() * 3 / 4 > DRAWN_MAX_BYTES + 2L) {
            throw new BusinessException("signature", "signature.error.drawnTooLarge", DRAWN_MAX_KB);
        }
        byte[] png;
        try {
            png = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new BusinessException("signature", "signature.error.notPngDataUrl");
        }
        if (png.length > DRAWN_MAX_BYTES) {
            throw new BusinessException("signature", "signature.error.drawnTooLarge", DRAWN_MAX_KB);
        }
        if (!startsWith(png, PNG_MAGIC)) {
            throw new BusinessException("signature", "signature.error.notPngDataUrl");
        }
        return new SignatureImage(SignatureForm.DRAWN, PNG, png);
    }

    /** The signed or stamped paper, scanned: PNG, JPEG or PDF, at most {@value #SCAN_MAX_MB} MB, content as declared. */
    public static SignatureImage scan(byte[] bytes, String declaredType) {
        String type = declaredType == null ? null : declaredType.strip().toLowerCase(Locale.ROOT);
        if ("image/jpg".equals(type)) {
            type = JPEG;
        }
        if (type == null || !MAGIC.containsKey(type)) {
            throw new BusinessException(
                    "scanContentType", "signature.error.scanType", declaredType == null ? "" : declaredType);
        }
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("scanBase64", "signature.error.required");
        }
        if (bytes.length > SCAN_MAX_BYTES) {
            throw new BusinessException("scanBase64", "signature.error.scanTooLarge", SCAN_MAX_MB);
        }
        if (!startsWith(bytes, MAGIC.get(type))) {
            throw new BusinessException("scanBase64", "signature.error.scanContent", type);
        }
        return new SignatureImage(SignatureForm.STAMPED_SCAN, type, bytes);
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    public SignatureForm getForm() {
        return form;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    /** A copy of the image's bytes. */
    public byte[] getData() {
        return data.clone();
    }
}
