package org.aftersales.report;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;

/**
 * One month's report to the general manager as it was generated and archived (R-O3): the workbook's bytes, when it was
 * made, under which file name. One per month (unique key {@code uk_monthly_report_month}); never changed afterwards —
 * the archive keeps what the general manager was sent, a later on-demand report shows the figures as they are then.
 */
@Entity
@Table(name = "monthly_report")
public class ArchivedMonthlyReport extends BaseEntity {

    public static final int FILE_NAME_LENGTH = 200;

    @NotNull
    @Column(name = "report_month", nullable = false, updatable = false, length = 7)
    private String month;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @NotNull
    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @NotNull
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected ArchivedMonthlyReport() {}

    public ArchivedMonthlyReport(YearMonth month, Instant generatedAt, String fileName, byte[] content) {
        this.month = Objects.requireNonNull(month, "month").toString();
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        String name = Objects.requireNonNull(fileName, "fileName");
        this.fileName = name.length() > FILE_NAME_LENGTH ? name.substring(0, FILE_NAME_LENGTH) : name;
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
