package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.OnSiteVisit;
import org.aftersales.servicecase.PartUsed;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.Caller;
import org.aftersales.web.view.Pages;

/**
 * The visit panel of the case page (R-S7): before the visit the agreed arrival time and the owner's cooperation; the
 * engineer ticks the three safety rules and confirms them before the work; then the work done, the parts used and
 * the result. The arrival itself is an act of the case page.
 */
@Named
@ViewScoped
public class CaseVisitBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "visit";

    /** The safety rules acknowledged before the work (第三章2(2)); {@code visit.safety.RULE} labels each. */
    public static final List<String> SAFETY_RULES = List.of("PERSONAL", "EQUIPMENT", "SITE_PROCEDURES");

    /** One editable row of parts used. */
    public static class PartRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private BigDecimal quantity;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && quantity == null;
        }
    }

    @Inject
    transient OnSiteService onSite;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    @Inject
    CaseViewBacking view;

    private LocalDateTime agreedArrivalAt;
    private String ownerCooperation;
    private List<String> safetyRules = new ArrayList<>();
    private String work;
    private String result;
    private final List<PartRow> parts = new ArrayList<>(List.of(new PartRow()));

    private ServiceCase serviceCase() {
        return view.getServiceCase();
    }

    private CaseStatus status() {
        return serviceCase().getStatus();
    }

    private boolean working() {
        return view.isMayWork() && status().isOpen();
    }

    /** On-site work is confirmed: the panel shows. */
    public boolean isShown() {
        return status().isOnSite() || serviceCase().getVisit().isPresent();
    }

    public OnSiteVisit getVisit() {
        return serviceCase().getVisit().orElse(null);
    }

    /** The visit may be agreed (again) until the engineer is on site. */
    public boolean isAgreeing() {
        return working() && (status() == CaseStatus.ON_SITE_CONFIRMED || status() == CaseStatus.DISPATCHED);
    }

    /**
     * The safety rules are acknowledged before the work by each dispatched engineer themselves (R-S7): the form shows
     * to a dispatched engineer who has not yet acknowledged them.
     */
    public boolean isAcknowledging() {
        return working()
                && (status() == CaseStatus.DISPATCHED || status() == CaseStatus.ARRIVED)
                && serviceCase().engineersWithoutSafetyAcknowledgement().stream()
                        .anyMatch(engineer -> engineer.getUsername().equals(caller.username()));
    }

    /** The work done is recorded once the engineers are on site and every one has acknowledged the safety rules. */
    public boolean isRecordingWork() {
        OnSiteVisit visit = getVisit();
        return working()
                && status() == CaseStatus.ARRIVED
                && visit != null
                && visit.isSafetyAcknowledged()
                && serviceCase().engineersWithoutSafetyAcknowledgement().isEmpty();
    }

    /** The dispatched engineers still to acknowledge the safety rules, by name ("李工、王工"); empty when none. */
    public String getSafetyPending() {
        return serviceCase().engineersWithoutSafetyAcknowledgement().stream()
                .map(org.aftersales.staff.AppUser::getDisplayName)
                .collect(java.util.stream.Collectors.joining("、"));
    }

    public List<String> getSafetyRuleNames() {
        return SAFETY_RULES;
    }

    public void agree() {
        ServiceCase done = CasePanels.attempt(
                FORM,
                () -> onSite.agreeVisit(
                        view.getId(),
                        CasePanels.instant(agreedArrivalAt, config.zone()),
                        ownerCooperation,
                        null,
                        null));
        if (done != null) {
            view.refresh(done);
            Pages.info("visit.done.agreed", done.getNumber());
        }
    }

    public void acknowledge() {
        if (safetyRules == null || !safetyRules.containsAll(SAFETY_RULES)) {
            CasePanels.refuse(FORM, "safetyRules", Pages.text("visit.safety.allRequired"));
            return;
        }
        ServiceCase done = CasePanels.attempt(FORM, () -> onSite.acknowledgeSafety(view.getId(), null, null));
        if (done != null) {
            view.refresh(done);
            Pages.info("visit.done.safety", done.getNumber());
        }
    }

    public void addPart() {
        parts.add(new PartRow());
    }

    public void removePart(PartRow row) {
        parts.remove(row);
        if (parts.isEmpty()) {
            parts.add(new PartRow());
        }
    }

    public void recordWork() {
        List<PartUsed> used = new ArrayList<>();
        int line = 0;
        for (PartRow row : parts) {
            if (!row.isBlank()) {
                line++;
                int number = line;
                PartUsed part = CasePanels.attempt(FORM, () -> new PartUsed(number, row.getName(), row.getQuantity()));
                if (part == null) {
                    return;
                }
                used.add(part);
            }
        }
        ServiceCase done =
                CasePanels.attempt(FORM, () -> onSite.recordWorkDone(view.getId(), work, used, result, null, null));
        if (done != null) {
            view.refresh(done);
            Pages.info("visit.done.work", done.getNumber());
        }
    }

    // ---- properties ----

    public LocalDateTime getAgreedArrivalAt() {
        return agreedArrivalAt;
    }

    public void setAgreedArrivalAt(LocalDateTime agreedArrivalAt) {
        this.agreedArrivalAt = agreedArrivalAt;
    }

    public String getOwnerCooperation() {
        return ownerCooperation;
    }

    public void setOwnerCooperation(String ownerCooperation) {
        this.ownerCooperation = ownerCooperation;
    }

    public List<String> getSafetyRules() {
        return safetyRules;
    }

    public void setSafetyRules(List<String> safetyRules) {
        this.safetyRules = safetyRules;
    }

    public String getWork() {
        return work;
    }

    public void setWork(String work) {
        this.work = work;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public List<PartRow> getParts() {
        return parts;
    }
}
