package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/** The engineer's trip report (出差报告, R-S12) of an on-site case: the days away and what happened. One per case. */
@Entity
@Table(name = "trip_report")
public class TripReport extends BaseEntity {

    public static final int TEXT_LENGTH = 4000;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false, unique = true)
    private ServiceCase serviceCase;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "report_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @NotNull
    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @NotNull
    @Column(name = "to_date", nullable = false, updatable = false)
    private LocalDate toDate;

    @Column(name = "filed_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String filedBy;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    protected TripReport() {}

    TripReport(ServiceCase serviceCase, String text, LocalDate fromDate, LocalDate toDate, String by, Instant at) {
        String stripped = Inputs.stripToNull(text);
        if (stripped == null) {
            throw new BusinessException("text", "tripReport.error.textRequired");
        }
        if (stripped.length() > TEXT_LENGTH) {
            throw new BusinessException("text", "case.error.tooLong", TEXT_LENGTH);
        }
        if (fromDate == null) {
            throw new BusinessException("fromDate", "tripReport.error.datesRequired");
        }
        if (toDate == null) {
            throw new BusinessException("toDate", "tripReport.error.datesRequired");
        }
        if (toDate.isBefore(fromDate)) {
            throw new BusinessException("toDate", "tripReport.error.dateOrder", fromDate, toDate);
        }
        this.serviceCase = serviceCase;
        this.text = stripped;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.filedBy = by;
        this.filedAt = at;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public String getText() {
        return text;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
