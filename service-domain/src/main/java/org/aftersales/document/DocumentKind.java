package org.aftersales.document;

/**
 * What a stored document is (R-K1 maintenance documentation system, R-B4 equipment document archive): technical
 * manuals, parts manuals, parts price lists, technical drawings, specifications, certificates, publications,
 * reference books, scans of signed papers; and the photos and files received with a call (R-S1).
 */
public enum DocumentKind {
    TECHNICAL_MANUAL,
    PARTS_MANUAL,
    PARTS_PRICE_LIST,
    DRAWING,
    SPECIFICATION,
    CERTIFICATE,
    PUBLICATION,
    REFERENCE_BOOK,
    SCAN,
    OTHER,
    /** A photo or file received with a call (R-S1), linked to its service case. */
    CASE_ATTACHMENT
}
