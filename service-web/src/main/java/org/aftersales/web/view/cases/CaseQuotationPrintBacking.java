package org.aftersales.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.aftersales.paidservice.Quotation;
import org.aftersales.paidservice.QuotationService;
import org.aftersales.shared.Money;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * cases/quotation-print.xhtml?id=ID: the quotation of a paid service (有偿服务报价单, R-C6) as an A4 page for the owner —
 * each item without and with VAT, the totals and the total in capital numerals (大写金额), and the settlement once made.
 */
@Named
@RequestScoped
public class CaseQuotationPrintBacking {

    @Inject
    QuotationService quotations;

    @Inject
    Caller caller;

    private Long id;
    private Quotation quotation;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.CASE_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        quotation = quotations.find(id).orElseThrow(() -> new NotFoundException("quotation", id));
    }

    public String money(Money amount) {
        return amount == null ? "" : String.format("¥%,.2f", amount.amount());
    }

    public String percent(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + "%";
    }

    public Quotation getQuotation() {
        return quotation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
