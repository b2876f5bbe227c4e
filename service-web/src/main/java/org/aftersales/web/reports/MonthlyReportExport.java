package org.aftersales.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.Locale;
import org.aftersales.report.MonthlyReport;
import org.aftersales.report.MonthlyReportService;
import org.aftersales.reports.MonthlyReportWorkbook;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.web.i18n.Messages;

/**
 * The monthly report to the general manager as an .xlsx (R-O3), in the user's language, for the API, the archive and
 * the pages alike: {@link MonthlyReportService#report} read once, written by {@link MonthlyReportWorkbook}. A month's
 * report is small, so it is built in memory.
 */
@ApplicationScoped
public class MonthlyReportExport {

    public static final String CONTENT_TYPE = CostPlanExport.CONTENT_TYPE;

    @Inject
    MonthlyReportService reports;

    @Inject
    AftersalesConfig config;

    /** A file name and its content. */
    public record Export(String fileName, byte[] content) {}

    /** The steps of {@link #export(YearMonth, Locale, Progress)}, as the generation job shows them. */
    public enum Step {
        READING(10),
        WRITING(60),
        DONE(100);

        private final int percent;

        Step(int percent) {
            this.percent = percent;
        }

        public int percent() {
            return percent;
        }
    }

    /** Told when the export reaches a step. */
    @FunctionalInterface
    public interface Progress {
        void reached(Step step);
    }

    public Export export(YearMonth month, Locale locale) {
        return export(month, locale, step -> {});
    }

    public Export export(YearMonth month, Locale locale, Progress progress) {
        progress.reached(Step.READING);
        MonthlyReport report = reports.report(month);
        progress.reached(Step.WRITING);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportWorkbook.write(report, key -> Messages.text(locale, key), config.zone(), out);
        Export export =
                new Export(Messages.text(locale, "report.workbook.fileName", month.toString()), out.toByteArray());
        progress.reached(Step.DONE);
        return export;
    }
}
