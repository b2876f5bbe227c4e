package org.aftersales.document;

/**
 * What became of a stored document's text (R-K1, R-K3), decided once when the file is stored: the search index reads
 * the text kept with the document, never the file again.
 */
public enum TextState {
    /** Read: its text (up to the limit on characters) is kept with the document and searchable. */
    EXTRACTED,
    /** Read, and there is no text in it: a scanned PDF without a text layer, an empty sheet. */
    NO_TEXT,
    /** Not readable: damaged, encrypted, or not what its type says. */
    UNREADABLE,
    /** A picture or a drawing: there is no text to read. */
    NOT_A_TEXT_TYPE,
    /**
     * Reading it tripped one of the parsing limits ({@link TextLimit}): stored without text, found by its title only,
     * and the portal says so.
     */
    LIMIT_TRIPPED;

    /** Whether the document's file is stored without searchable text because it tripped a limit. */
    public boolean limitTripped() {
        return this == LIMIT_TRIPPED;
    }
}
