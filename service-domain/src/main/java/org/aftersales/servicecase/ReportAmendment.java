package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/** A correction to a signed service report (R-S8): the report itself never changes; what was corrected, who, when. */
@Entity
@Table(name = "service_report_amendment")
public class ReportAmendment extends BaseEntity {

    public static final int TEXT_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_report_id", nullable = false, updatable = false)
    private ServiceReport report;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "amendment_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "amended_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String amendedBy;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant amendedAt;

    protected ReportAmendment() {}

    ReportAmendment(ServiceReport report, String text, String by, Instant at) {
        String stripped = Inputs.stripToNull(text);
        if (stripped == null) {
            throw new BusinessException("text", "report.error.amendmentRequired");
        }
        if (stripped.length() > TEXT_LENGTH) {
            throw new BusinessException("text", "case.error.tooLong", TEXT_LENGTH);
        }
        this.report = report;
        this.text = stripped;
        this.amendedBy = by;
        this.amendedAt = at;
    }

    public ServiceReport getReport() {
        return report;
    }

    public String getText() {
        return text;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }
}
