package org.aftersales.knowledge;

/** What a knowledge article summarises (R-K3, 第四章3.10): a repair case, or a design defect. */
public enum ArticleKind {
    REPAIR_CASE,
    DESIGN_DEFECT
}
