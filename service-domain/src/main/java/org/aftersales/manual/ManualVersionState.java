package org.aftersales.manual;

/**
 * A manual version's life (R-K2): written and uploaded (DRAFT), approved by leadership and in force (APPROVED), replaced
 * by a later approved version (SUPERSEDED).
 */
public enum ManualVersionState {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
