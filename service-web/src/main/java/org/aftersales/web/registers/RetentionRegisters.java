package org.aftersales.web.registers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.aftersales.reports.RegisterWorkbook;
import org.aftersales.reports.RegisterWorkbook.Column;
import org.aftersales.retention.LedgerExtent;
import org.aftersales.retention.ProjectRegisterExtent;
import org.aftersales.retention.RetentionEntryKind;
import org.aftersales.retention.RetentionService;
import org.aftersales.web.i18n.Messages;

/**
 * The two retention registers as Excel workbooks (R-C4, R-C5, R-O3), for the register pages' Excel buttons and the
 * API alike. The workbook is written into the response as the rows are read: the column widths come first from one
 * database aggregate (the widest text of each column, the largest amounts and totals), then the header leaves at
 * once, then the rows stream from one forward-only cursor in one read transaction — one query however long the
 * ledger or the project register, a fetch size's worth of rows in memory.
 * Headers follow the caller's language.
 */
@ApplicationScoped
public class RetentionRegisters {

    public static final String SUBCONTRACTOR_FILE = "subcontractor-retention.xlsx";
    public static final String PROJECT_FILE = "project-retention.xlsx";
    private static final int PAGE = 1000;

    @Inject
    RetentionService retentions;

    /** R-C4: one row per ledger movement (held, deducted, released), totals as SUM formulas with their values. */
    public void writeSubcontractorRegister(OutputStream out, Locale locale) {
        String[] kindLabels = new String[RetentionEntryKind.values().length];
        for (RetentionEntryKind kind : RetentionEntryKind.values()) {
            kindLabels[kind.ordinal()] = text(locale, "RetentionEntryKind." + kind.name());
        }
        RegisterWorkbook workbook = RegisterWorkbook.open(
                out,
                text(locale, "retention.subcontractorRegister.sheet"),
                text(locale, "retention.subcontractorRegister.title"),
                () -> subcontractorColumns(locale),
                text(locale, "register.total"));
        retentions.forEachLedgerLine(line -> workbook.addRow(
                line.projectCode(),
                line.projectName(),
                line.subcontractorName(),
                line.date(),
                kindLabels[line.kind().ordinal()],
                line.kind() == RetentionEntryKind.HELD ? line.amount().amount() : null,
                line.kind() == RetentionEntryKind.DEDUCTED ? line.amount().amount() : null,
                line.kind() == RetentionEntryKind.RELEASED ? line.amount().amount() : null,
                line.cause(),
                line.caseNumber(),
                line.releaseDate()));
        workbook.finish();
    }

    /**
     * R-C5: one row per project retention: due, invoiced, collected, outstanding; totals as SUM formulas with their
     * values.
     */
    public void writeProjectRegister(OutputStream out, Locale locale, java.time.LocalDate today) {
        RegisterWorkbook workbook = RegisterWorkbook.open(
                out,
                text(locale, "retention.projectRegister.sheet"),
                text(locale, "retention.projectRegister.title"),
                () -> projectColumns(locale),
                text(locale, "register.total"));
        String aboveMaximum = text(locale, "retention.aboveMaximum");
        String collected = text(locale, "retention.status.collected");
        String overdue = text(locale, "retention.status.overdue");
        String open = text(locale, "retention.status.open");
        retentions.forEachProjectRegisterLine(today, r -> {
            String percent = r.percentOfContractPrice() == null
                    ? null
                    : r.percentOfContractPrice().toPlainString() + "%"
                            + (r.aboveStatutoryMaximum() ? " " + aboveMaximum : "");
            workbook.addRow(
                    r.projectCode(),
                    r.projectName(),
                    r.ownerName(),
                    r.amount().amount(),
                    percent,
                    r.dueDate(),
                    r.invoiceNumber(),
                    r.invoiceDate(),
                    r.collected().amount(),
                    r.outstanding().amount(),
                    r.outstanding().amount().signum() == 0 ? collected : r.overdue() ? overdue : open);
        });
        workbook.finish();
    }

    /** The ledger's columns, each as wide as its widest value or total (one database aggregate) and its header. */
    private List<Column> subcontractorColumns(Locale locale) {
        LedgerExtent extent = retentions.ledgerExtent();
        int kinds = 0;
        for (RetentionEntryKind kind : RetentionEntryKind.values()) {
            kinds = Math.max(kinds, RegisterWorkbook.displayWidth(text(locale, "RetentionEntryKind." + kind.name())));
        }
        return List.of(
                Column.text(text(locale, "retention.project"), extent.projectCode()),
                Column.text(text(locale, "retention.projectName"), extent.projectName()),
                Column.text(text(locale, "retention.subcontractor"), extent.subcontractorName()),
                Column.date(text(locale, "retention.entryDate")),
                Column.text(text(locale, "retention.entryKind"), kinds),
                Column.money(text(locale, "retention.held"), extent.widest(RetentionEntryKind.HELD)),
                Column.money(text(locale, "retention.deducted"), extent.widest(RetentionEntryKind.DEDUCTED)),
                Column.money(text(locale, "retention.released"), extent.widest(RetentionEntryKind.RELEASED)),
                Column.text(text(locale, "retention.cause"), extent.cause()),
                Column.text(text(locale, "retention.case"), extent.caseNumber()),
                Column.date(text(locale, "retention.releaseDate")));
    }

    /** The project register's columns, each as wide as its widest value or total (one aggregate) and its header. */
    private List<Column> projectColumns(Locale locale) {
        ProjectRegisterExtent extent = retentions.projectRegisterExtent();
        String aboveMaximum = text(locale, "retention.aboveMaximum");
        int statuses = 0;
        for (String key : List.of("retention.status.collected", "retention.status.overdue", "retention.status.open")) {
            statuses = Math.max(statuses, RegisterWorkbook.displayWidth(text(locale, key)));
        }
        return List.of(
                Column.text(text(locale, "retention.project"), extent.projectCode()),
                Column.text(text(locale, "retention.projectName"), extent.projectName()),
                Column.text(text(locale, "retention.owner"), extent.ownerName()),
                Column.money(text(locale, "retention.amount"), extent.widestAmount()),
                // "100.00 %" and the above-maximum note
                Column.text(
                        text(locale, "retention.percentOfContractPrice"),
                        "100.00 % ".length() + RegisterWorkbook.displayWidth(aboveMaximum)),
                Column.date(text(locale, "retention.dueDate")),
                Column.text(text(locale, "retention.invoiceNumber"), extent.invoiceNumber()),
                Column.date(text(locale, "retention.invoiceDate")),
                Column.money(text(locale, "retention.collected"), extent.widestAmount()),
                Column.money(text(locale, "retention.outstanding"), extent.widestAmount()),
                Column.text(text(locale, "retention.status"), statuses));
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
