package org.aftersales.web.view.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RetentionService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.registers.RetentionRegisters;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.omnifaces.util.Faces;

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

    private final PagedModel<ProjectRetention> list =
            new PagedModel<>(request -> retentions.listProjectRetentions(null, request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            Pages.sendError(403);
            return;
        }
        today = retentions.today();
    }

    public boolean overdue(ProjectRetention retention) {
        return retention.isOverdueOn(today);
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
        selectedLabel = retention.getProject().getCode() + " " + retention.getProject().getName();
        return retention;
    }

    public void collect() {
        if (collectAmount == null) {
            throw new BusinessException("amount", "retention.error.amountPositive");
        }
        retentions.collect(selectedId, Money.of(collectAmount), collectDate);
        Pages.info("retention.collectedSaved", Money.of(collectAmount), selectedLabel);
    }

    public void recordInvoice() {
        retentions.recordInvoice(selectedId, invoiceNumber, invoiceDate);
        Pages.info("retention.invoiceSaved", selectedLabel);
    }

    public void downloadExcel() throws IOException {
        Faces.sendFile(RetentionRegisters.PROJECT_FILE, true,
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
