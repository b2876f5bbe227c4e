package org.aftersales.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Identity, optimistic locking and "who changed it when" for every mutable entity.
 *
 * <p>{@code @Version} makes a lost update impossible: the second of two concurrent edits fails with an
 * {@link jakarta.persistence.OptimisticLockException}, which the web layer turns into "changed by X at T, reload".
 * The timestamps and user names are set by {@link TimestampListener}, never by callers.
 *
 * <p>Ids come from one shared sequence: EclipseLink cannot create IDENTITY columns on H2 (STACK.md), and one
 * sequence keeps the migrations short.
 */
@MappedSuperclass
@EntityListeners(TimestampListener.class)
public abstract class BaseEntity {

    public static final int USER_NAME_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "aftersales_seq", sequenceName = "aftersales_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aftersales_seq")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by", nullable = false, length = USER_NAME_LENGTH)
    private String modifiedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    void stampCreated(Instant at, String by) {
        createdAt = at;
        createdBy = by;
        stampModified(at, by);
    }

    void stampModified(Instant at, String by) {
        modifiedAt = at;
        modifiedBy = by;
    }

    /**
     * Whether an update the persistence provider is about to write changed this entity's own columns, so that it is
     * stamped as modified (and so written with a new version). Always, but for an entity whose rows must not be written
     * when only one of its collections changed — the service case's head (issue 16).
     */
    protected boolean changedOwnColumns() {
        return true;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && Objects.equals(id, ((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
