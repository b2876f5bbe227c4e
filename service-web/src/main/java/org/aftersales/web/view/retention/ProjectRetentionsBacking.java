package org.aftersales.web.view.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.document.DocumentUpload;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RetentionLetter;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnChannel;
import org.aftersales.retention.ReturnStatus;
import org.aftersales.retention.ReturnStatusRow;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.registers.RetentionRegisters;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * retention/projects.xhtml: the project retention receivable register (R-C5) — the company's retention held by each
 * owner, its due date, invoice, collections and what is outstanding, the 3 % flag (R-C8) — where the project
 * department and Finance record invoices and collections, with the register as an Excel workbook (R-O3).
 */
@Named
@ViewScoped
public class ProjectRetentionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RetentionService retentions;

    @Inject
    transient RetentionRegisters registers;

    @Inject
    transient Caller caller;

    @Inject
    UserSession session;

    private LocalDate today;
    private Long selectedId;
    private String selectedLabel;
    private BigDecimal collectAmount;
    private LocalDate collectDate;
    private String invoiceNumber;
    private LocalDate invoiceDate;

    private final java.util.Map<Long, ReturnStatus> statuses = new java.util.HashMap<>();
    private final java.util.Map<Long, List<RetentionLetter>> letters = new java.util.HashMap<>();
    /** R-C8: the optional scan of the owner's receipt of the application or reminder. */
    private transient UploadedFile receiptScan;

    private List<ReturnStatusRow> workList = List.of();
    private boolean reminderMode;
    private LocalDate letterSent;
    private LocalDate letterReceived;
    private ReturnChannel letterChannel;
    private LocalDate verificationDate;
    private boolean objection;
    private String objectionReason;

    private final PagedModel<ProjectRetention> list =
            new PagedModel<>(request -> retentions.listProjectRetentions(null, request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            Pages.sendError(403);
            return;
        }
        today = retentions.today();
        workList = retentions.returnProcedures(today);
    }

    /** R-C8: where the row's return procedure stands today (computed once per row and request of the page). */
    public ReturnStatus status(ProjectRetention retention) {
        return statuses.computeIfAbsent(retention.getId(), id -> retentions.returnStatus(retention, today));
    }

    /** R-C8: the letters issued for the row's retention, oldest first (read once per row and request of the page). */
    public List<RetentionLetter> letters(ProjectRetention retention) {
        return letters.computeIfAbsent(
                retention.getId(), id -> retentions.letters(List.of(id)).getOrDefault(id, List.of()));
    }

    /** "剩余 5 天" / "超期 3 天" to the next deadline, or nothing when none is running. */
    public String daysText(ReturnStatus status) {
        Long days = status.daysLeft();
        if (days == null) {
            return "";
        }
        return days >= 0
                ? Pages.text("returnProcedure.daysLeft.value", days)
                : Pages.text("returnProcedure.daysOver.value", -days);
    }

    public String stateLabel(ReturnStatus status) {
        return Pages.text("ReturnState." + status.state().name());
    }

    public String stateSeverity(ReturnStatus status) {
        return switch (status.state()) {
            case REMINDER_DUE, DEEMED_ACCEPTED -> "danger";
            case AWAITING_VERIFICATION, AWAITING_REMINDER_ANSWER, OBJECTED -> "warning";
            case VERIFIED -> "success";
            default -> "secondary";
        };
    }

    public void startApplication(long id) {
        reminderMode = false;
        select(id);
        letterSent = today;
        letterReceived = null;
        letterChannel = ReturnChannel.LETTER;
        receiptScan = null;
    }

    public void startReminder(long id) {
        reminderMode = true;
        select(id);
        letterSent = today;
        letterReceived = null;
        letterChannel = ReturnChannel.LETTER;
        receiptScan = null;
    }

    public void startVerification(long id) {
        select(id);
        verificationDate = today;
        objection = false;
        objectionReason = null;
    }

    /** The application and the reminder share one dialog: sent, received (which starts the 14 days), how. */
    public void saveLetter() {
        if (reminderMode) {
            remind();
        } else {
            apply();
        }
    }

    public boolean isReminderMode() {
        return reminderMode;
    }

    public void apply() {
        retentions.applyForReturn(selectedId, letterSent, letterReceived, letterChannel, scan());
        Pages.info("returnProcedure.applied", selectedLabel);
        refresh();
    }

    public void remind() {
        retentions.recordReminder(selectedId, letterSent, letterReceived, scan());
        Pages.info("returnProcedure.reminded", selectedLabel);
        refresh();
    }

    public void verify() {
        retentions.recordVerification(selectedId, verificationDate, objection, objectionReason);
        Pages.info("returnProcedure.verified", selectedLabel);
        refresh();
    }

    /** The chosen scan as the document store takes it, or {@code null} when none was chosen (it is optional). */
    private DocumentUpload scan() {
        if (receiptScan == null
                || receiptScan.getFileName() == null
                || receiptScan.getFileName().isBlank()) {
            return null;
        }
        try {
            return new DocumentUpload(receiptScan.getFileName(), receiptScan.getInputStream());
        } catch (IOException unreadable) {
            throw new BusinessException("file", "document.error.unreadable", receiptScan.getFileName());
        }
    }

    public UploadedFile getReceiptScan() {
        return receiptScan;
    }

    public void setReceiptScan(UploadedFile receiptScan) {
        this.receiptScan = receiptScan;
    }

    private void refresh() {
        receiptScan = null;
        letters.clear();
        statuses.clear();
        workList = retentions.returnProcedures(today);
    }

    public List<ReturnStatusRow> getWorkList() {
        return workList;
    }

    public ReturnChannel[] getChannels() {
        return ReturnChannel.values();
    }

    public LocalDate getLetterSent() {
        return letterSent;
    }

    public void setLetterSent(LocalDate letterSent) {
        this.letterSent = letterSent;
    }

    public LocalDate getLetterReceived() {
        return letterReceived;
    }

    public void setLetterReceived(LocalDate letterReceived) {
        this.letterReceived = letterReceived;
    }

    public ReturnChannel getLetterChannel() {
        return letterChannel;
    }

    public void setLetterChannel(ReturnChannel letterChannel) {
        this.letterChannel = letterChannel;
    }

    public LocalDate getVerificationDate() {
        return verificationDate;
    }

    public void setVerificationDate(LocalDate verificationDate) {
        this.verificationDate = verificationDate;
    }

    public boolean isObjection() {
        return objection;
    }

    public void setObjection(boolean objection) {
        this.objection = objection;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public void setObjectionReason(String objectionReason) {
        this.objectionReason = objectionReason;
    }

    public boolean overdue(ProjectRetention retention) {
        return retention.isOverdue(status(retention));
    }

    public boolean settled(ProjectRetention retention) {
        return retention.outstanding().amount().signum() == 0;
    }

    public void startCollect(long id) {
        select(id);
        collectAmount = null;
        collectDate = today;
    }

    public void startInvoice(long id) {
        ProjectRetention retention = select(id);
        invoiceNumber = retention.getInvoiceNumber();
        invoiceDate = retention.getInvoiceDate();
    }

    private ProjectRetention select(long id) {
        ProjectRetention retention = retentions.findProjectRetention(id);
        selectedId = id;
        selectedLabel =
                retention.getProject().getCode() + " " + retention.getProject().getName();
        return retention;
    }

    public void collect() {
        if (collectAmount == null) {
            throw new BusinessException("amount", "retention.error.amountPositive");
        }
        retentions.collect(selectedId, Money.of(collectAmount), collectDate);
        Pages.info("retention.collectedSaved", Money.of(collectAmount), selectedLabel);
        refresh();
    }

    public void recordInvoice() {
        retentions.recordInvoice(selectedId, invoiceNumber, invoiceDate);
        Pages.info("retention.invoiceSaved", selectedLabel);
    }

    public void downloadExcel() throws IOException {
        Faces.sendFile(
                RetentionRegisters.PROJECT_FILE,
                true,
                out -> registers.writeProjectRegister(out, session.getLocale(), today));
    }

    public boolean isEditable() {
        return caller.may(Permission.PROJECT_RETENTION_EDIT);
    }

    public PagedModel<ProjectRetention> getList() {
        return list;
    }

    public String getSelectedLabel() {
        return selectedLabel;
    }

    public BigDecimal getCollectAmount() {
        return collectAmount;
    }

    public void setCollectAmount(BigDecimal collectAmount) {
        this.collectAmount = collectAmount;
    }

    public LocalDate getCollectDate() {
        return collectDate;
    }

    public void setCollectDate(LocalDate collectDate) {
        this.collectDate = collectDate;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }
}
