package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;

/**
 * A case's link for the owner's contact (issue 16): the hash of its token, who made it when ({@link BaseEntity}),
 * and when a newer link revoked it. The token itself is never stored ({@link OwnerLinks}).
 */
@Entity
@Table(name = "case_owner_link")
public class OwnerLink extends BaseEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Column(name = "token_hash", nullable = false, updatable = false, length = OwnerLinks.HASH_LENGTH)
    private String tokenHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected OwnerLink() {}

    public OwnerLink(ServiceCase serviceCase, String tokenHash) {
        this.serviceCase = serviceCase;
        this.tokenHash = tokenHash;
    }

    /** A newer link replaced this one: it opens nothing from {@code at} on. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Whether the link opens its case at {@code now}: not revoked, the case open or closed less than 30 days ago. */
    public boolean opensAt(Instant now) {
        return OwnerLinks.opens(revokedAt, OwnerLinks.expiresAt(serviceCase), now);
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
