package org.aftersales.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
