package org.aftersales.retention;

/** The movements of a subcontractor retention ledger (设备供货厂商质保金管理登记表). */
public enum RetentionEntryKind {
    HELD,
    DEDUCTED,
    RELEASED
}
