package org.aftersales.web.registers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.aftersales.reports.RegisterWorkbook;
import org.aftersales.reports.RegisterWorkbook.Column;
import org.aftersales.retention.LedgerLine;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RetentionService;
import org.aftersales.web.i18n.Messages;

/**
 * The two retention registers as Excel workbooks (R-C4, R-C5, R-O3), for the register pages' Excel buttons and the
 * API alike. Rows are read in keyset pages, each in its own short transaction, and streamed into the workbook, so a
 * register of any length needs neither a long transaction nor the whole ledger in memory. Headers follow the
 * caller's language.
 */
@ApplicationScoped
public class RetentionRegisters {

    public static final String SUBCONTRACTOR_FILE = "subcontractor-retention.xlsx";
    public static final String PROJECT_FILE = "project-retention.xlsx";
    private static final int PAGE = 1000;

    @Inject
    RetentionService retentions;

    /** R-C4: one row per ledger movement (held, deducted, released), totals as SUM formulas. */
    public void writeSubcontractorRegister(OutputStream out, Locale locale) {
        List<Column> columns = List.of(
                Column.text(text(locale, "retention.project"), 14),
                Column.text(text(locale, "retention.projectName"), 28),
                Column.text(text(locale, "retention.subcontractor"), 26),
                Column.date(text(locale, "retention.entryDate")),
                Column.text(text(locale, "retention.entryKind"), 10),
                Column.money(text(locale, "retention.held"), 14),
                Column.money(text(locale, "retention.deducted"), 14),
                Column.money(text(locale, "retention.released"), 14),
                Column.text(text(locale, "retention.cause"), 40),
                Column.text(text(locale, "retention.case"), 16),
                Column.date(text(locale, "retention.releaseDate")));
        try (RegisterWorkbook workbook = RegisterWorkbook.create(
                text(locale, "retention.subcontractorRegister.sheet"),
                text(locale, "retention.subcontractorRegister.title"),
                columns,
                text(locale, "register.total"))) {
            long after = 0;
            List<LedgerLine> page;
            do {
                page = retentions.ledgerPage(after, PAGE);
                for (LedgerLine line : page) {
                    workbook.addRow(
                            line.projectCode(),
                            line.projectName(),
                            line.subcontractorName(),
                            line.date(),
                            text(locale, "RetentionEntryKind." + line.kind().name()),
                            switch (line.kind()) {
                                case HELD -> line.amount().amount();
                                default -> null;
                            },
                            switch (line.kind()) {
                                case DEDUCTED -> line.amount().amount();
                                default -> null;
                            },
                            switch (line.kind()) {
                                case RELEASED -> line.amount().amount();
                                default -> null;
                            },
                            line.cause(),
                            line.caseNumber(),
                            line.releaseDate());
                    after = line.entryId();
                }
            } while (page.size() == PAGE);
            workbook.writeTo(out);
        }
    }

    /** R-C5: one row per project retention: due, invoiced, collected, outstanding; totals as SUM formulas. */
    public void writeProjectRegister(OutputStream out, Locale locale, java.time.LocalDate today) {
        List<Column> columns = List.of(
                Column.text(text(locale, "retention.project"), 14),
                Column.text(text(locale, "retention.projectName"), 28),
                Column.text(text(locale, "retention.owner"), 24),
                Column.money(text(locale, "retention.amount"), 14),
                Column.text(text(locale, "retention.percentOfContractPrice"), 10),
                Column.date(text(locale, "retention.dueDate")),
                Column.text(text(locale, "retention.invoiceNumber"), 16),
                Column.date(text(locale, "retention.invoiceDate")),
                Column.money(text(locale, "retention.collected"), 14),
                Column.money(text(locale, "retention.outstanding"), 14),
                Column.text(text(locale, "retention.status"), 12));
        try (RegisterWorkbook workbook = RegisterWorkbook.create(
                text(locale, "retention.projectRegister.sheet"),
                text(locale, "retention.projectRegister.title"),
                columns,
                text(locale, "register.total"))) {
            long after = 0;
            List<ProjectRetention> page;
            do {
                page = retentions.projectRegisterPage(after, PAGE);
                for (ProjectRetention r : page) {
                    String percent = r.percentOfContractPrice() == null
                            ? null
                            : r.percentOfContractPrice().toPlainString() + " %"
                                    + (r.isAboveStatutoryMaximum() ? " " + text(locale, "retention.aboveMaximum") : "");
                    String status = r.outstanding().amount().signum() == 0
                            ? text(locale, "retention.status.collected")
                            : retentions.isOverdue(r, today)
                                    ? text(locale, "retention.status.overdue")
                                    : text(locale, "retention.status.open");
                    workbook.addRow(
                            r.getProject().getCode(),
                            r.getProject().getName(),
                            r.getProject().getOwner() == null
                                    ? null
                                    : r.getProject().getOwner().getName(),
                            r.getAmount().amount(),
                            percent,
                            r.getDueDate(),
                            r.getInvoiceNumber(),
                            r.getInvoiceDate(),
                            r.getCollected().amount(),
                            r.outstanding().amount(),
                            status);
                    after = r.getId();
                }
            } while (page.size() == PAGE);
            workbook.writeTo(out);
        }
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
