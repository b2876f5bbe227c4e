package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.Dispatch;
import org.aftersales.servicecase.DispatchService;
import org.aftersales.servicecase.EngineerAvailability;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Qualification;
import org.aftersales.web.view.Pages;

/**
 * The dispatch panel of the case page (R-S6): the specialist proposes whom to send for a planned window, seeing each
 * engineer's four skills — gaps flagged for training — and their bookings in that window; the division leader or
 * the general manager approves, choosing whom, or rejects with the reason. The service refuses a double booking; its
 * message shows in the panel.
 */
@Named
@ViewScoped
public class CaseDispatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "dispatch";

    @Inject
    transient DispatchService dispatches;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    @Inject
    CaseViewBacking view;

    private LocalDateTime plannedFrom;
    private LocalDateTime plannedTo;
    private transient List<EngineerAvailability> engineers;
    /** Engineer id → ticked. */
    private final Map<Long, Boolean> chosen = new HashMap<>();
    /** The proposal the ticks were taken from, so that a new one is ticked afresh. */
    private Long tickedFor;

    private String rejectReason;

    private ServiceCase serviceCase() {
        return view.getServiceCase();
    }

    private Optional<Dispatch> open() {
        return serviceCase().openDispatch();
    }

    /** Whether the panel shows at all: on-site work is confirmed, or the case was ever dispatched. */
    public boolean isShown() {
        return serviceCase().getStatus().isOnSite()
                || !serviceCase().getDispatches().isEmpty();
    }

    /** The specialist may propose: on-site work is confirmed, nobody dispatched, no proposal waiting. */
    public boolean isProposing() {
        return caller.may(Permission.DISPATCH_PROPOSE)
                && serviceCase().getStatus() == CaseStatus.ON_SITE_CONFIRMED
                && open().isEmpty();
    }

    /** The division leader or general manager may decide the waiting proposal. */
    public boolean isDeciding() {
        return caller.may(Permission.DISPATCH_APPROVE)
                && serviceCase().getStatus() == CaseStatus.ON_SITE_CONFIRMED
                && open().isPresent();
    }

    /** Whether the engineers' board shows: to whoever proposes or decides now. */
    public boolean isChoosing() {
        return isProposing() || isDeciding();
    }

    /** The dispatches of the case, newest first. */
    public List<Dispatch> getHistory() {
        List<Dispatch> all = new ArrayList<>(serviceCase().getDispatches());
        all.sort((a, b) -> b.getProposedAt().compareTo(a.getProposedAt()));
        return all;
    }

    /** The four required skills, in order. */
    public Qualification[] getQualifications() {
        return Qualification.values();
    }

    /** The engineers with skills and bookings in the window looked at: the proposal's, or the one typed in. */
    public List<EngineerAvailability> getEngineers() {
        if (engineers == null) {
            Instant from;
            Instant to;
            if (isDeciding()) {
                Dispatch waiting = open().orElseThrow();
                from = waiting.getPlannedFrom();
                to = waiting.getPlannedTo();
                if (!waiting.getId().equals(tickedFor)) {
                    chosen.clear();
                    waiting.getProposedEngineers().forEach(engineer -> chosen.put(engineer.getId(), true));
                    tickedFor = waiting.getId();
                }
            } else {
                defaultWindow();
                from = CasePanels.instant(plannedFrom, config.zone());
                to = CasePanels.instant(plannedTo, config.zone());
                if (!to.isAfter(from)) {
                    return List.of();
                }
            }
            Instant windowFrom = from;
            Instant windowTo = to;
            List<EngineerAvailability> found =
                    CasePanels.attempt(FORM, () -> dispatches.engineers(windowFrom, windowTo));
            engineers = found == null ? List.of() : found;
        }
        return engineers;
    }

    private void defaultWindow() {
        if (plannedFrom == null && plannedTo == null) {
            plannedFrom = LocalDateTime.ofInstant(nowOf(), config.zone())
                    .truncatedTo(ChronoUnit.HOURS)
                    .plusHours(2);
            plannedTo = plannedFrom.plusHours(8);
        }
    }

    private Instant nowOf() {
        serviceCase();
        return view.getNow() == null ? Instant.now() : view.getNow();
    }

    /** The board again, for the window typed in. */
    public void lookUp() {
        engineers = null;
        if (plannedFrom == null || plannedTo == null) {
            CasePanels.refuse(FORM, "plannedFrom", Pages.text("dispatch.error.windowRequired"));
        } else if (!plannedTo.isAfter(plannedFrom)) {
            CasePanels.refuse(
                    FORM,
                    "plannedTo",
                    Pages.text("dispatch.error.windowOrder", caseFormatted(plannedFrom), caseFormatted(plannedTo)));
        }
    }

    private static String caseFormatted(LocalDateTime time) {
        return time.toString().replace('T', ' ');
    }

    private List<Long> chosenIds() {
        return getEngineers().stream()
                .map(EngineerAvailability::engineerId)
                .filter(engineerId -> Boolean.TRUE.equals(chosen.get(engineerId)))
                .toList();
    }

    public void propose() {
        List<Long> ids = chosenIds();
        if (ids.isEmpty()) {
            CasePanels.refuse(FORM, "engineerIds", Pages.text("dispatch.error.engineersRequired"));
            return;
        }
        ServiceCase done = CasePanels.attempt(
                FORM,
                () -> dispatches.propose(
                        view.getId(),
                        ids,
                        CasePanels.instant(plannedFrom, config.zone()),
                        CasePanels.instant(plannedTo, config.zone()),
                        null,
                        null));
        if (done != null) {
            view.refresh(done);
            engineers = null;
            Pages.info("dispatch.done.proposed", done.getNumber());
        }
    }

    public void approve() {
        List<Long> ids = chosenIds();
        if (ids.isEmpty()) {
            CasePanels.refuse(FORM, "engineerIds", Pages.text("dispatch.error.engineersRequired"));
            return;
        }
        ServiceCase done = CasePanels.attempt(FORM, () -> dispatches.approve(view.getId(), ids, null, null));
        if (done != null) {
            view.refresh(done);
            engineers = null;
            Pages.info("dispatch.done.approved", done.getNumber());
        }
    }

    public void reject() {
        ServiceCase done = CasePanels.attempt(FORM, () -> dispatches.reject(view.getId(), rejectReason, null, null));
        if (done != null) {
            view.refresh(done);
            engineers = null;
            rejectReason = null;
            chosen.clear();
            Pages.info("dispatch.done.rejected", done.getNumber());
        }
    }

    /** "李工、王工". */
    public String names(List<AppUser> users) {
        return String.join("、", users.stream().map(AppUser::getDisplayName).toList());
    }

    // ---- properties ----

    public LocalDateTime getPlannedFrom() {
        defaultWindow();
        return plannedFrom;
    }

    public void setPlannedFrom(LocalDateTime plannedFrom) {
        this.plannedFrom = plannedFrom;
    }

    public LocalDateTime getPlannedTo() {
        defaultWindow();
        return plannedTo;
    }

    public void setPlannedTo(LocalDateTime plannedTo) {
        this.plannedTo = plannedTo;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
