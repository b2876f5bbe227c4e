package org.aftersales.web.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.cost.ExpenseKind;
import org.aftersales.cost.ExpenseStandard;
import org.aftersales.cost.ExpenseStandardService;
import org.aftersales.cost.ExpenseStandards;
import org.aftersales.cost.ServiceCost;
import org.aftersales.cost.ServiceCostService;
import org.aftersales.cost.TravelClass;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * settings/expense-standards.xhtml: the company's expense standards (R-C7) — daily allowance, accommodation per night
 * by city tier, labour rate per hour, the highest travel class — as in force today, the history of every setting, a
 * dialog to set one from a day on (Finance, the general manager), and the latest cost lines outside the standards,
 * flagged for the supervisor. The lists are short by nature (six standards, the latest 500 settings, 100 flags).
 */
@Named
@ViewScoped
public class ExpenseStandardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExpenseStandardService standards;

    @Inject
    transient ServiceCostService costs;

    @Inject
    transient Caller caller;

    private ExpenseStandards current;
    private List<ExpenseStandard> history;
    private List<ServiceCost> flagged;

    private ExpenseKind kind;
    private BigDecimal amount;
    private TravelClass travelClass;
    private LocalDate validFrom;
    private String reason;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.POLICY_VIEW)) {
            Pages.sendError(403);
            return;
        }
        refresh();
    }

    private void refresh() {
        current = standards.current();
        history = standards.history();
        flagged = caller.may(Permission.EXPENSE_FLAG_VIEW) ? costs.outsideStandard(100) : List.of();
    }

    public void startChange(ExpenseKind chosen) {
        caller.require(Permission.EXPENSE_STANDARD_EDIT);
        kind = chosen;
        amount = chosen.isTravelClass() ? null : current.amount(chosen).amount();
        travelClass = chosen.isTravelClass() ? current.travelClass() : null;
        validFrom = null;
        reason = null;
    }

    public void save() {
        caller.require(Permission.EXPENSE_STANDARD_EDIT);
        standards.set(
                kind,
                amount == null ? null : Money.of(amount),
                travelClass,
                validFrom,
                reason == null ? null : reason.strip());
        Pages.info("expense.changed", Pages.text("ExpenseKind." + kind));
        kind = null;
        refresh();
    }

    /** The value of a standard as shown: ¥500.00, or the travel class's label. */
    public String value(ExpenseKind shown) {
        return shown.isTravelClass()
                ? Pages.text("TravelClass." + current.travelClass())
                : money(current.amount(shown));
    }

    public String valueOf(ExpenseStandard setting) {
        return setting.getKind().isTravelClass()
                ? Pages.text("TravelClass." + setting.getTravelClass())
                : money(setting.getAmount());
    }

    public String money(Money value) {
        return value == null ? "" : String.format("¥%,.2f", value.amount());
    }

    public boolean isEditable() {
        return caller.may(Permission.EXPENSE_STANDARD_EDIT);
    }

    public boolean isFlagsShown() {
        return caller.may(Permission.EXPENSE_FLAG_VIEW);
    }

    public List<ExpenseKind> getKinds() {
        return List.of(ExpenseKind.values());
    }

    public List<TravelClass> getTravelClasses() {
        return List.of(TravelClass.values());
    }

    public List<ExpenseStandard> getHistory() {
        return history;
    }

    public List<ServiceCost> getFlagged() {
        return flagged;
    }

    public ExpenseKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public TravelClass getTravelClass() {
        return travelClass;
    }

    public void setTravelClass(TravelClass travelClass) {
        this.travelClass = travelClass;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
