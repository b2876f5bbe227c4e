package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.servicecase.CaseEvent;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.CaseParty;
import org.aftersales.servicecase.CaseRouting;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.ComplaintSubject;
import org.aftersales.servicecase.HandoffTarget;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.servicecase.SlaClock;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.view.Pages;
import org.primefaces.PrimeFaces;

/**
 * cases/view.xhtml?id=ID: the engineer's home for one case — its facts, class (R-L3) and responsibility (R-L5), its
 * clocks with deadline, remaining time and breach (R-S3 … R-S5), the acts that move it on, and its timeline.
 *
 * <p>One dialog serves every act, so that its inputs carry the field names the service refuses with exactly once in
 * the form ({@code at}, {@code reason}, {@code answer}, {@code serviceClass}, {@code classificationOverrideReason})
 * and a refusal shows next to its input. Each act asks when it happened: acts are often logged after the fact. Left
 * as offered ("now" when the dialog opened), the service takes the moment of saving; a time typed in is taken as it
 * is — one older than the policy's late-entry bound only with a late reason ({@code lateReason}), and the timeline then
 * marks the line late with when it was entered and why. A button shows only when the caller's role may act (R-O1) and the case's status allows the act; the service
 * checks both again.
 */
@Named
@ViewScoped
public class CaseViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "REPLY 24 h", as the timeline records a started clock. */
    private static final Pattern CLOCK_STARTED = Pattern.compile("([A-Z_]+) (\\d+) h");
    /** "WARRANTY → PAID: reason", as the timeline records an override. */
    private static final Pattern OVERRIDDEN = Pattern.compile("([A-Z_]+) → ([A-Z_]+): (.*)", Pattern.DOTALL);

    /** A hand-off's line (R-S10): its recipient — the Design Department's constant or a firm's name — and subject. */
    private static final Pattern HANDED_OFF = Pattern.compile("(.+) ([A-Z_]+)", Pattern.DOTALL);

    /** The acts of the dialog; {@code case.act.NAME} is each one's label. */
    public enum Act {
        REPLY,
        LEADER_REPORT,
        ON_SITE,
        ARRIVAL,
        PAUSE,
        RESUME,
        CLOSE,
        CANCEL,
        CRISIS,
        OVERRIDE;

        /** Acts that cannot be undone ask for confirmation before they are saved. */
        public boolean isConfirmed() {
            return this == CANCEL || this == CRISIS;
        }
    }

    @Inject
    transient ServiceCaseService cases;

    @Inject
    transient PersonNames personNames;

    @Inject
    transient AftersalesConfig config;

    @Inject
    transient Caller caller;

    private Long id;
    /** The case as last read; read again when the view outlives it (a restored view state). */
    private transient ServiceCase serviceCase;

    private Instant now;
    /** Where the case is routed now (R-S2), read with the case. */
    private transient List<CaseRouting> routedTo;
    /** Whether the caller may act on the case (R-L5), judged once per reading of the case. */
    private Boolean mayWork;
    /** Everyone's display name by login, read once for the page in one statement (issue 18 item 4). */
    private Map<String, String> displayNames;

    private Act act;
    private LocalDateTime at;
    private LocalDateTime offeredAt;
    private String reason;
    private String answer;
    private String lateReason;
    private ServiceClass newClass;

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
        show(cases.find(id));
    }

    private void show(ServiceCase shown) {
        serviceCase = shown;
        now = cases.now();
        routedTo = null;
        mayWork = null;
    }

    /** Shows the case as a panel's act left it (dispatch, visit, sign-off, costs: see the other case beans). */
    public void refresh(ServiceCase changed) {
        show(changed);
    }

    /** Reads the case again after an act that changed it without returning it (a cost booked). */
    public void reload() {
        show(cases.find(id));
    }

    public ServiceCase getServiceCase() {
        if (serviceCase == null && id != null) {
            show(cases.find(id));
        }
        return serviceCase;
    }

    // ---- the act dialog ----

    /** Opens the dialog for {@code chosen}, offering now as the time it happened. */
    public void startAct(Act chosen) {
        act = chosen;
        offeredAt = LocalDateTime.ofInstant(cases.now(), config.zone()).truncatedTo(ChronoUnit.MINUTES);
        at = offeredAt;
        reason = null;
        answer = null;
        lateReason = null;
        newClass = null;
    }

    /** Records the act of the dialog; a refusal stays in the dialog, next to its input. */
    public void perform() {
        Instant when = at == null || at.equals(offeredAt)
                ? null
                : at.atZone(config.zone()).toInstant();
        long caseId = id;
        ServiceCase done;
        switch (act) {
            case REPLY -> {
                done = cases.recordReply(caseId, when, lateReason);
                Pages.info("case.done.reply", done.getNumber());
            }
            case LEADER_REPORT -> {
                done = cases.recordLeaderReport(caseId, when, lateReason);
                Pages.info("case.done.leaderReport", done.getNumber());
            }
            case ON_SITE -> {
                done = cases.confirmOnSiteNeeded(caseId, when, lateReason);
                Pages.info("case.done.onSite", done.getNumber());
            }
            case ARRIVAL -> {
                done = cases.recordArrival(caseId, when, lateReason);
                Pages.info("case.done.arrival", done.getNumber());
            }
            case PAUSE -> {
                done = cases.pauseArrivalClock(caseId, when, reason, lateReason);
                Pages.info("case.done.pause", done.getNumber());
            }
            case RESUME -> {
                done = cases.resumeArrivalClock(caseId, when, lateReason);
                Pages.info("case.done.resume", done.getNumber());
            }
            case CLOSE -> {
                done = cases.close(caseId, answer, when, lateReason);
                Pages.info("case.done.close", done.getNumber());
            }
            case CANCEL -> {
                done = cases.cancel(caseId, reason, when, lateReason);
                Pages.info("case.done.cancel", done.getNumber());
            }
            case CRISIS -> {
                done = cases.flagCrisis(caseId, when, lateReason);
                Pages.info("case.done.crisis", done.getNumber());
            }
            case OVERRIDE -> {
                done = cases.overrideClassification(caseId, newClass, reason);
                Pages.info("case.done.override", done.getNumber());
            }
            default -> throw new IllegalStateException("no act chosen");
        }
        show(done);
        PrimeFaces.current().ajax().update("case", "messages", "steps");
    }

    // ---- what the case allows, and the caller may do ----

    private boolean working() {
        return isMayWork() && getServiceCase().getStatus().isOpen();
    }

    /**
     * Whether the caller may act on this case (R-L5): after-sales on every case, a department on the cases its phase
     * makes its own — the project department on its construction-phase calls and handover defects, Design and
     * Engineering on warranty defects. The case's other panels (visit, sign-off, factory returns) ask it too.
     */
    public boolean isMayWork() {
        ServiceCase c = getServiceCase();
        if (mayWork == null) {
            mayWork = cases.mayWork(c);
        }
        return mayWork;
    }

    /** Where the case is routed now (R-S2): the parties that carry out its phase's work, with their departments. */
    public List<CaseRouting> getRoutedTo() {
        ServiceCase c = getServiceCase();
        if (routedTo == null) {
            routedTo = cases.routing(c);
        }
        return routedTo;
    }

    public boolean may(Act candidate) {
        ServiceCase c = getServiceCase();
        CaseStatus status = c.getStatus();
        Optional<SlaClock> arrival = c.clock(ClockKind.ON_SITE_ARRIVAL);
        return switch (candidate) {
            case REPLY -> working() && c.getRepliedAt() == null;
            case LEADER_REPORT -> working() && c.getLeaderReportedAt() == null && (c.isMajorMatter() || c.isCrisis());
            case ON_SITE -> working() && !status.isOnSite();
            case ARRIVAL ->
                working() && status == CaseStatus.DISPATCHED; // R-S6: only after the leader approved the dispatch
            case PAUSE ->
                working()
                        && arrival.isPresent()
                        && arrival.get().getMetAt() == null
                        && arrival.get().getPausedSince() == null
                        && arrival.get().stateAt(now) == ClockState.RUNNING;
            case RESUME -> working() && arrival.isPresent() && arrival.get().getPausedSince() != null;
            case CLOSE -> working() && (!status.isOnSite() || status == CaseStatus.SIGNED_OFF);
            case CANCEL -> working();
            case CRISIS -> working() && !c.isCrisis();
            case OVERRIDE ->
                caller.may(Permission.CASE_CLASSIFY_OVERRIDE)
                        && status.isOpen()
                        && c.getServiceClass().isAfterSales();
        };
    }

    /** The acts the case page offers now, in the order of {@link Act}. */
    public List<Act> getActs() {
        return Arrays.stream(Act.values()).filter(this::may).toList();
    }

    /** The classes an override may choose: the other after-sales classes (a construction-phase call stays one). */
    public List<ServiceClass> getOverrideClasses() {
        return Arrays.stream(ServiceClass.values())
                .filter(ServiceClass::isAfterSales)
                .filter(candidate -> candidate != getServiceCase().getServiceClass())
                .toList();
    }

    /** Whether closing asks for the answer: a case handled remotely closes with it (R-S3). */
    public boolean isAnswerNeeded() {
        return !getServiceCase().getStatus().isOnSite();
    }

    // ---- reading ----

    /** Who carries out the work (R-L5), in the order of {@link CaseParty}. */
    public List<CaseParty> getCarriedOutBy() {
        return List.copyOf(getServiceCase().getResponsibility().carriedOutBy());
    }

    /** Who assists (R-L5); empty where no one does. */
    public List<CaseParty> getAssistedBy() {
        return List.copyOf(getServiceCase().getResponsibility().assistedBy());
    }

    /** The timeline, oldest first (newest last). */
    public List<CaseEvent> getTimeline() {
        return getServiceCase().getTimeline();
    }

    /** Who did it, by display name where the account is known. */
    public String actorOf(CaseEvent event) {
        String user = event.getActor();
        if (user == null) {
            return "";
        }
        if (displayNames == null) {
            displayNames = new HashMap<>(personNames.everyone());
        }
        return PersonNames.shown(displayNames, user);
    }

    /** A user's display name, or the user name when the account is unknown; empty for none. */
    public String displayName(String user) {
        if (user == null) {
            return "";
        }
        if (displayNames == null) {
            displayNames = new HashMap<>(personNames.everyone());
        }
        return PersonNames.shown(displayNames, user);
    }

    /** The event's detail, its codes (a clock kind, a class) in the user's language. */
    public String detailOf(CaseEvent event) {
        String detail = event.getDetail();
        if (detail == null) {
            return "";
        }
        if (event.getKind() == CaseEventKind.CLOCK_STARTED) {
            Matcher started = CLOCK_STARTED.matcher(detail);
            if (started.matches() && isConstant(ClockKind.class, started.group(1))) {
                return Pages.text(
                        "case.timeline.clockStarted", Pages.text("ClockKind." + started.group(1)), started.group(2));
            }
        }
        if (event.getKind() == CaseEventKind.CLASSIFICATION_OVERRIDDEN) {
            Matcher overridden = OVERRIDDEN.matcher(detail);
            if (overridden.matches()
                    && isConstant(ServiceClass.class, overridden.group(1))
                    && isConstant(ServiceClass.class, overridden.group(2))) {
                return Pages.text(
                        "case.timeline.overridden",
                        Pages.text("ServiceClass." + overridden.group(1)),
                        Pages.text("ServiceClass." + overridden.group(2)),
                        overridden.group(3));
            }
        }
        if (event.getKind() == CaseEventKind.COMPLAINT_HANDED_OFF) {
            Matcher handedOff = HANDED_OFF.matcher(detail);
            if (handedOff.matches() && isConstant(ComplaintSubject.class, handedOff.group(2))) {
                String recipient = isConstant(HandoffTarget.class, handedOff.group(1))
                        ? Pages.text("HandoffTarget." + handedOff.group(1))
                        : handedOff.group(1);
                return recipient + " · " + Pages.text("ComplaintSubject." + handedOff.group(2));
            }
        }
        return detail;
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .anyMatch(constant -> constant.name().equals(name));
    }

    public Instant getNow() {
        return now;
    }

    /** The policy's late-entry bound in hours (R-O2), as the late-reason hints name it. */
    public int getLateEntryHours() {
        return cases.lateEntryHours();
    }

    // ---- properties ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Act getAct() {
        return act;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }

    public ServiceClass getNewClass() {
        return newClass;
    }

    public void setNewClass(ServiceClass newClass) {
        this.newClass = newClass;
    }
}
