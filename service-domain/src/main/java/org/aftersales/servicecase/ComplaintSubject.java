package org.aftersales.servicecase;

/**
 * What a feedback or a complaint concerns when it must be handed off (R-S10, 第四章第三条4: "受理的意见和投诉中涉及产品质量、
 * 使用功能和合理性的，应立即送设计部或设备分包商处理"): the product's quality, its function, or the reasonableness of its
 * design. Recorded at intake as the case's concern, and on each hand-off as its subject.
 */
public enum ComplaintSubject {
    QUALITY,
    FUNCTION,
    DESIGN
}
