package org.aftersales.web.view.field;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.aftersales.field.EngineerDay;
import org.aftersales.field.EngineerDay.Assignment;
import org.aftersales.field.EngineerDay.RunningClock;
import org.aftersales.field.EngineerDayService;
import org.aftersales.field.FieldAct;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.WorkInterruption;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.cases.CaseFormat;

/**
 * field/today.xhtml, the engineer's day on the phone (issue 16): the approved dispatches in the order of the visits,
 * each with the site (a tap opens it in Amap, 高德地图, or another map app through {@code geo:}), the owner's people to
 * call, the running clock in words, the equipment with its last cases and the articles for its model; on site, the act
 * the case allows next as one big button (到达现场, 已确认安全规定, 工作完成), each sent with the time the phone was tapped.
 *
 * <p>The time of an act (issue 16: "the phone sends the device time of the tap as the claimed time and the server
 * records its own receipt time as the entered time"): the page fills {@link #getTappedAt()} with the phone's clock at
 * the tap (an ISO instant) and the act claims it; the domain's one rule ({@code LateEntryRule}) judges it — a device
 * time ahead of the server's beyond the skew, or before the case's latest act, is refused, one older than the late-entry
 * bound needs the reason the phone does not ask for and is refused too (the office page takes late entries). Without a
 * device time (no script) the act claims now.
 *
 * <p>A second tap of the same act (a double tap, a card left open on a second phone) is told calmly that the act is
 * already recorded: the domain refuses it, and that refusal is what the engineer wanted.
 */
@Named
@RequestScoped
public class TodayBacking {

    @Inject
    EngineerDayService service;

    @Inject
    CaseFormat format;

    @Inject
    Caller caller;

    @Inject
    ServiceCaseService cases;

    @Inject
    OnSiteService onSite;

    private EngineerDay day;

    /** The phone's clock at the tap, an ISO-8601 instant filled by the page's script. */
    private String tappedAt;

    private String work;
    private String note;
    private String result;

    /**
     * The domain's refusals of an act already recorded: on the phone a second tap meets them, and they are answered
     * with "已记录" rather than as an error.
     */
    static final Set<String> ALREADY_RECORDED = Set.of(
            "case.error.arrivalAlreadyRecorded",
            "visit.error.safetyAlreadyAcknowledged",
            "visit.error.workAlreadyDone");

    public EngineerDay getDay() {
        if (day == null) {
            day = service.mine();
        }
        return day;
    }

    /** Whether the card offers {@code act} next ({@link EngineerDayService#next}). */
    public boolean offers(Assignment assignment, String act) {
        return assignment.next().contains(FieldAct.valueOf(act));
    }

    /**
     * Whether the button of {@code act} is in the card: while the page is drawn, when the card offers it; while a tap
     * is handled, always — a card left open after the act was recorded elsewhere (a second phone, the office) still
     * reaches its act, which the domain then refuses as already recorded ("已记录") instead of the tap doing nothing.
     */
    public boolean shows(Assignment assignment, String act) {
        return FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                || offers(assignment, act);
    }

    /** "等待赵工确认安全规定…": the other engineers who must acknowledge the safety rules before the work is recorded. */
    public String safetyPending(Assignment assignment) {
        return Pages.text("today.safetyPending", assignment.safetyPending());
    }

    // ---- the acts on site ----

    /** 到达现场 (R-S5). */
    public void arrive(long caseId) {
        act("today.done.arrival", "today.already.arrival", () -> cases.recordArrival(caseId, claimed(), null));
    }

    /** 已确认安全规定: the caller acknowledges the safety rules for themselves (R-S7). */
    public void acknowledgeSafety(long caseId) {
        act("today.done.safety", "today.already.safety", () -> onSite.acknowledgeSafety(caseId, claimed(), null));
    }

    /** 工作完成: the work done and its result, no parts from the phone (the case page takes them) (R-S7). */
    public void recordWorkDone(long caseId) {
        act(
                "today.done.work",
                "today.already.work",
                () -> onSite.recordWorkDone(caseId, work, List.of(), result, claimed(), null));
    }

    /** 等待备件 / 等待业主: a timeline line with what is awaited, no clock effect (issue 16). */
    public void interruptWork(long caseId, String reason) {
        act(
                "today.done.interrupted",
                "today.already.work",
                () -> onSite.interruptWork(caseId, WorkInterruption.valueOf(reason), note, claimed(), null));
    }

    private void act(String done, String already, Supplier<ServiceCase> act) {
        try {
            ServiceCase changed = act.get();
            Pages.info(done, changed.getNumber());
        } catch (BusinessException refused) {
            FacesContext context = FacesContext.getCurrentInstance();
            if (refused.getRefusals().size() == 1 && ALREADY_RECORDED.contains(refused.getMessageKey())) {
                Pages.info(already);
            } else {
                for (BusinessException refusal : refused.getRefusals()) {
                    context.addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    Pages.text(refusal.getMessageKey(), refusal.getArguments()),
                                    null));
                }
                context.validationFailed();
            }
        }
        // The card is drawn again as the case now stands.
        day = null;
    }

    /** The device time of the tap; {@code null} (now) when the page sent none or something that is no instant. */
    Instant claimed() {
        if (tappedAt == null || tappedAt.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(tappedAt.strip());
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }

    public String getTappedAt() {
        return tappedAt;
    }

    public void setTappedAt(String tappedAt) {
        this.tappedAt = tappedAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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

    /** Whether the caller goes on site: the menu offers "Today" to engineers. */
    public boolean isEngineer() {
        return caller.roles().contains(Role.AFTER_SALES_ENGINEER);
    }

    public String time(java.time.Instant instant) {
        return format.time(instant);
    }

    /**
     * The clock in plain words: "还有 5 小时到达现场时限" / "5 h left to the 到达现场 deadline", or how long it is overdue;
     * a paused clock (waiting on the owner, R-S5) says so.
     */
    public String clockWords(Assignment assignment) {
        RunningClock clock = assignment.clock();
        if (clock == null) {
            return "";
        }
        String kind = Pages.text("ClockKind." + clock.kind().name());
        Duration left = Duration.between(getDay().at(), clock.dueAt());
        if (clock.state() == ClockState.BREACHED || left.isNegative()) {
            return Pages.text("today.clock.overdue", kind, format.duration(left));
        }
        String words = Pages.text("today.clock.left", kind, format.duration(left));
        return clock.state() == ClockState.PAUSED ? Pages.text("ClockState.PAUSED") + " · " + words : words;
    }

    /** Whether the clock is past its due time: the card shows it in the breach colour. */
    public boolean overdue(Assignment assignment) {
        RunningClock clock = assignment.clock();
        return clock != null
                && (clock.state() == ClockState.BREACHED || clock.dueAt().isBefore(getDay().at()));
    }

    /**
     * The site in Amap (高德地图, the map app engineers in China use): its URI opens the app when installed, else the web
     * map, searching the site's address. (A position, once recorded, is WGS-84 and would be converted to GCJ-02 first.)
     */
    public String amap(Assignment assignment) {
        return "https://uri.amap.com/search?keyword=" + encoded(address(assignment)) + "&src=aftersales&callnative=1";
    }

    /** The same site for any other map app ({@code geo:} with a query, RFC 5870 and Android's convention). */
    public String geo(Assignment assignment) {
        return "geo:0,0?q=" + encoded(address(assignment));
    }

    /** A phone number as a {@code tel:} link: digits and a leading + only. */
    public String tel(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    private static String address(Assignment assignment) {
        String site = assignment.site();
        return site == null || site.isBlank() ? assignment.projectName() : site;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
