package org.aftersales.manual;

/**
 * The company's controlled manuals (R-K1, R-K2; 第四章3.8–3.9): technical manuals, parts manuals, parts price lists,
 * and the commissioning, operation and maintenance manuals that are versioned and trained.
 */
public enum ManualKind {
    TECHNICAL_MANUAL,
    PARTS_MANUAL,
    PARTS_PRICE_LIST,
    COMMISSIONING_MANUAL,
    OPERATION_MANUAL,
    MAINTENANCE_GUIDE
}
