package org.aftersales.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the change log: a change that committed, in the order of the commits ({@link ChangeLog}). Never changed
 * once written; forgotten after the retention period.
 */
@Entity
@Table(name = "change_event")
public class ChangeEvent {

    @Id
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private ChangeKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    /** The resource's path below the API's root: {@code cases/42}. */
    @Column(name = "resource", nullable = false, length = 200, updatable = false)
    private String resource;

    /** The ERP's key of the resource, where it has one. */
    @Column(name = "external_id", length = 64, updatable = false)
    private String externalId;

    protected ChangeEvent() {}

    ChangeEvent(long id, ChangeKind kind, Instant at, String resource, String externalId) {
        this.id = id;
        this.kind = kind;
        this.at = at;
        this.resource = resource;
        this.externalId = externalId;
    }

    public Long getId() {
        return id;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public String getResource() {
        return resource;
    }

    public String getExternalId() {
        return externalId;
    }
}
