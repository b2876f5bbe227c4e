package org.aftersales.web.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.retention.LatePaymentRate;
import org.aftersales.retention.RetentionService;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * settings/late-payment-rates.xhtml: the configured annual late-payment rate with its history (R-C8, R-O2) — by default
 * the one-year LPR as published — used for retention paid late where the contract sets no rate of its own.
 */
@Named
@ViewScoped
public class LatePaymentRatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RetentionService retentions;

    @Inject
    transient Caller caller;

    private List<LatePaymentRate> rates = List.of();
    private LocalDate effectiveFrom;
    private BigDecimal annualPercent;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.POLICY_VIEW)) {
            Pages.sendError(403);
            return;
        }
        rates = newestFirst();
    }

    public void add() {
        if (annualPercent == null) {
            throw new BusinessException("annualPercent", "returnProcedure.error.rate");
        }
        LatePaymentRate added = retentions.addLatePaymentRate(effectiveFrom, annualPercent);
        Pages.info(
                "latePaymentRate.saved",
                added.getEffectiveFrom(),
                added.getAnnualPercent().stripTrailingZeros().toPlainString());
        effectiveFrom = null;
        annualPercent = null;
        rates = newestFirst();
    }

    private List<LatePaymentRate> newestFirst() {
        List<LatePaymentRate> history = new java.util.ArrayList<>(retentions.latePaymentRates());
        java.util.Collections.reverse(history);
        return history;
    }

    public boolean isEditable() {
        return caller.may(Permission.POLICY_EDIT);
    }

    public List<LatePaymentRate> getRates() {
        return rates;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getAnnualPercent() {
        return annualPercent;
    }

    public void setAnnualPercent(BigDecimal annualPercent) {
        this.annualPercent = annualPercent;
    }
}
