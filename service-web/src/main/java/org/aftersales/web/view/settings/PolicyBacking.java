package org.aftersales.web.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.aftersales.policy.PolicyChange;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyParameter;
import org.aftersales.policy.PolicyService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * settings/policy.xhtml: the numbers of the regulation (R-O2) — reply 24 h, arrival 72 h, warranty 12 months … — with
 * the history of every change: who, when, old → new, and the approval reference of the GM office meeting. Only
 * POLICY_EDIT may change a number; a change never moves deadlines or prices that already exist.
 *
 * <p>Parameters are listed in the order of the regulation (the enum's). Both lists are short by nature (ten parameters; the service returns the latest 500 changes), so they are shown
 * whole and paged in the browser.
 */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PolicyService policy;

    @Inject
    transient Caller caller;

    private List<PolicyParameter> parameters;
    private List<PolicyChange> history;

    private PolicyKey key;
    private BigDecimal currentValue;
    private BigDecimal value;
    private String approvalReference;
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
        parameters = policy.all().stream()
                .sorted(Comparator.comparing(p -> p.getKey().ordinal()))
                .toList();
        history = policy.history();
    }

    public void startChange(PolicyKey chosen) {
        caller.require(Permission.POLICY_EDIT);
        key = chosen;
        currentValue = policy.current(chosen);
        value = currentValue;
        approvalReference = null;
        reason = null;
    }

    public void save() {
        caller.require(Permission.POLICY_EDIT);
        PolicyChange change = policy.change(key, value, approvalReference, reason == null ? null : reason.strip());
        Pages.info(
                "policy.changed",
                Pages.text("PolicyKey." + key),
                format(change.getOldValue()),
                format(change.getNewValue()));
        key = null;
        refresh();
    }

    /** A stored value without the trailing zeros of its four decimals: 24, 13, 3.45. */
    public String format(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    public boolean isEditable() {
        return caller.may(Permission.POLICY_EDIT);
    }

    public List<PolicyParameter> getParameters() {
        return parameters;
    }

    public List<PolicyChange> getHistory() {
        return history;
    }

    public PolicyKey getKey() {
        return key;
    }

    public BigDecimal getCurrentValue() {
        return currentValue;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public void setApprovalReference(String approvalReference) {
        this.approvalReference = approvalReference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
