package org.aftersales.servicecase;

/** Where a complaint is handed off to (R-S10): the Design Department, or the equipment subcontractor concerned. */
public enum HandoffTarget {
    /** 设计部. */
    DESIGN,
    /** 设备分包商 / 设备供货厂商. */
    SUBCONTRACTOR
}
