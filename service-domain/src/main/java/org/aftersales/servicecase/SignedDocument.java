package org.aftersales.servicecase;

/** The two papers the owner's side signs before an on-site case can close (R-S8). */
public enum SignedDocument {
    /** 服务报告单: signed or stamped by the owner-side responsible person. */
    SERVICE_REPORT,
    /** 维修派工单: signed by the customer. */
    DISPATCH_TICKET
}
