package org.aftersales.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aftersales.shared.InstantConverter;

/**
 * One line of the audit trail: who changed which field of which record when, old → new. Written only by
 * {@link AuditListener} inside the transaction that made the change, never edited: the entity is read-only.
 */
@Entity
@Table(name = "audit_entry")
@org.eclipse.persistence.annotations.ReadOnly
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by")
    private String changedBy;

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at")
    private Instant changedAt;

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
