package org.aftersales.servicecase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/**
 * Work that cannot be done on site (R-S9; 第三章2(4)) — a return to the factory for repair, a replacement, other
 * technical support — in the order the regulation sets: the customer consents first, then leadership is reported to,
 * and the matter is entered in the after-sales service book; the responsibility is split between the company, the
 * subcontractor, the design and the owner, the shares summing to 100 %.
 */
@Entity
@Table(name = "factory_return")
public class FactoryReturn extends BaseEntity {

    public static final int CONSENT_BY_LENGTH = 100;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private SupportKind kind;

    /** Who on the customer's side consented. */
    @NotBlank
    @Size(max = CONSENT_BY_LENGTH)
    @Column(name = "consent_by", nullable = false, updatable = false, length = CONSENT_BY_LENGTH)
    private String consentBy;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "consent_at", nullable = false, updatable = false)
    private Instant consentAt;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "leadership_reported_at", nullable = false, updatable = false)
    private Instant leadershipReportedAt;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY, cascade = CascadeType.ALL)
    @JoinColumn(name = "service_book_entry_id", nullable = false, updatable = false, unique = true)
    private ServiceBookEntry bookEntry;

    @Embedded
    private ResponsibilitySplit split;

    protected FactoryReturn() {}

    /**
     * @param zone the zone in which the book entry's day is compared with the day of the consent
     */
    FactoryReturn(
            ServiceCase serviceCase,
            SupportKind kind,
            String consentBy,
            Instant consentAt,
            Instant leadershipReportedAt,
            ServiceBookEntry bookEntry,
            ResponsibilitySplit split,
            ZoneId zone) {
        if (kind == null) {
            throw new BusinessException("kind", "factoryReturn.error.kindRequired");
        }
        String consenting = Inputs.stripToNull(consentBy);
        if (consenting == null) {
            throw new BusinessException("consentBy", "factoryReturn.error.consentRequired");
        }
        if (consenting.length() > CONSENT_BY_LENGTH) {
            throw new BusinessException("consentBy", "case.error.tooLong", CONSENT_BY_LENGTH);
        }
        if (consentAt == null) {
            throw new BusinessException("consentAt", "factoryReturn.error.consentRequired");
        }
        if (leadershipReportedAt == null) {
            throw new BusinessException("leadershipReportedAt", "factoryReturn.error.leadershipReportRequired");
        }
        if (leadershipReportedAt.isBefore(consentAt)) {
            throw new BusinessException("leadershipReportedAt", "factoryReturn.error.consentFirst", consentAt);
        }
        if (bookEntry == null) {
            throw new BusinessException("bookEntry", "factoryReturn.error.bookEntryRequired");
        }
        LocalDate consentDay = LocalDate.ofInstant(consentAt, zone);
        if (bookEntry.getDate().isBefore(consentDay)) {
            throw new BusinessException("bookEntryDate", "factoryReturn.error.bookBeforeConsent", consentDay);
        }
        if (split == null) {
            throw new BusinessException("split", "factoryReturn.error.splitRequired");
        }
        this.serviceCase = serviceCase;
        this.kind = kind;
        this.consentBy = consenting;
        this.consentAt = consentAt;
        this.leadershipReportedAt = leadershipReportedAt;
        this.bookEntry = bookEntry;
        this.split = split;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public SupportKind getKind() {
        return kind;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getLeadershipReportedAt() {
        return leadershipReportedAt;
    }

    public ServiceBookEntry getBookEntry() {
        return bookEntry;
    }

    public ResponsibilitySplit getSplit() {
        return split;
    }
}
