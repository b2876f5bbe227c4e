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
 * made and by whom, under which file name, and when it was mailed. One per month (unique key
 * {@code uk_monthly_report_month}). It keeps what the general manager was sent; only the general manager replaces it
 * ({@link #regenerate}), e.g. after late corrections to the month — a later on-demand report shows the figures as
 * they are then without touching the archive.
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
    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    /** The user who generated it, or {@code system} for the scheduled job. */
    @NotNull
    @Column(name = "generated_by", nullable = false, length = USER_NAME_LENGTH)
    private String generatedBy;

    @NotNull
    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @NotNull
    @Column(name = "content", nullable = false)
    private byte[] content;

    /** The workbook's size in bytes, so the archive list needs not read the workbooks. */
    @Column(name = "content_size", nullable = false)
    private long contentSize;

    /** When it was mailed to the recipients; set by {@link MonthlyReportMailing}'s atomic claim only. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "mailed_at", insertable = false, updatable = false)
    private Instant mailedAt;

    protected ArchivedMonthlyReport() {}

    public ArchivedMonthlyReport(
            YearMonth month, Instant generatedAt, String generatedBy, String fileName, byte[] content) {
        this.month = Objects.requireNonNull(month, "month").toString();
        replace(generatedAt, generatedBy, fileName, content);
    }

    /** The general manager has the month generated anew: the archive now holds this workbook (R-O3). */
    public void regenerate(Instant at, String by, String newFileName, byte[] newContent) {
        replace(at, by, newFileName, newContent);
    }

    private void replace(Instant at, String by, String newFileName, byte[] newContent) {
        this.generatedAt = Objects.requireNonNull(at, "generatedAt");
        this.generatedBy = Objects.requireNonNull(by, "generatedBy");
        String name = Objects.requireNonNull(newFileName, "fileName");
        this.fileName = name.length() > FILE_NAME_LENGTH ? name.substring(0, FILE_NAME_LENGTH) : name;
        this.content = Objects.requireNonNull(newContent, "content").clone();
        this.contentSize = newContent.length;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public long getContentSize() {
        return contentSize;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
