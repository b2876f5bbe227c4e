package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aftersales.shared.InstantConverter;

/**
 * Dispatch & on site of a case (R-S6, R-S7, R-S12): when on-site work was confirmed and the engineer arrived — and, as
 * the acts that change this part's version, the dispatches, the agreed visit, safety acknowledgements, work done and
 * parts used, factory returns, the arrival clock's pauses and the trip report (their own rows). Written only through
 * {@link ServiceCase}.
 */
@Entity
@Table(name = "service_case_on_site")
public class OnSitePart extends CasePart {

    @Convert(converter = InstantConverter.class)
    @Column(name = "on_site_confirmed_at")
    private Instant onSiteConfirmedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "arrived_at")
    private Instant arrivedAt;

    protected OnSitePart() {}

    OnSitePart(ServiceCase serviceCase) {
        super(serviceCase);
    }

    @Override
    public Kind kind() {
        return Kind.ON_SITE;
    }

    // Changed through methods, never by writing the fields from outside: EclipseLink's woven change tracking sees
    // only the entity's own writes.

    void setOnSiteConfirmedAt(Instant at) {
        onSiteConfirmedAt = at;
    }

    void setArrivedAt(Instant at) {
        arrivedAt = at;
    }

    public Instant getOnSiteConfirmedAt() {
        return onSiteConfirmedAt;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }
}
