package org.aftersales.servicecase;

import org.aftersales.shared.BusinessException;

/**
 * A signature as it comes in (R-S8): either drawn on screen ({@code drawnDataUrl}, the {@code p:signature} value) or a
 * scan of the stamped paper ({@code scanBytes} with its {@code scanContentType}) — one of the two, not both.
 */
public record SignatureInput(String drawnDataUrl, byte[] scanBytes, String scanContentType) {

    public static SignatureInput drawn(String dataUrl) {
        return new SignatureInput(dataUrl, null, null);
    }

    public static SignatureInput scan(byte[] bytes, String contentType) {
        return new SignatureInput(null, bytes, contentType);
    }

    /** The image to store, checked. */
    public SignatureImage toImage() {
        boolean drawn = drawnDataUrl != null && !drawnDataUrl.isBlank();
        boolean scanned = scanBytes != null || (scanContentType != null && !scanContentType.isBlank());
        if (drawn && scanned) {
            throw new BusinessException("signature", "signature.error.oneForm");
        }
        if (!drawn && !scanned) {
            throw new BusinessException("signature", "signature.error.required");
        }
        return drawn ? SignatureImage.drawn(drawnDataUrl) : SignatureImage.scan(scanBytes, scanContentType);
    }
}
