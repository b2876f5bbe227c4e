package org.aftersales.knowledge;

/**
 * Where a written summary stands (R-K3): written (DRAFT), reported to leadership (SUBMITTED), acknowledged by the
 * division leader or the general manager (ACKNOWLEDGED) and from then on kept for reference as it was reported.
 */
public enum ArticleState {
    DRAFT,
    SUBMITTED,
    ACKNOWLEDGED;

    /** Whether the text may still be corrected: until leadership has acknowledged it. */
    public boolean isEditable() {
        return this != ACKNOWLEDGED;
    }
}
