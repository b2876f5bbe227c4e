package org.aftersales.knowledge;

/** What the knowledge-base search finds (R-K3): repair cases and design defects, and the texts of manuals. */
public enum SearchableType {
    ARTICLE,
    MANUAL
}
