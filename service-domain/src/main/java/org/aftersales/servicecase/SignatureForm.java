package org.aftersales.servicecase;

/** How a document was signed off (签章认可, R-S8): a signature drawn on screen, or an uploaded scan of the stamped paper. */
public enum SignatureForm {
    /** Drawn on screen (PrimeFaces {@code p:signature}): a PNG. */
    DRAWN,
    /** The signed or stamped paper, scanned or photographed: PNG, JPEG or PDF. */
    STAMPED_SCAN
}
