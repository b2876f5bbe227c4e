package org.aftersales.servicecase;

/** What a complaint is about (R-S10: 产品质量、功能或设计合理性). */
public enum ComplaintSubject {
    QUALITY,
    FUNCTION,
    DESIGN
}
