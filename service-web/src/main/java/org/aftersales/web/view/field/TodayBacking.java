package org.aftersales.web.view.field;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aftersales.field.EngineerDay;
import org.aftersales.field.EngineerDay.Assignment;
import org.aftersales.field.EngineerDay.RunningClock;
import org.aftersales.field.EngineerDayService;
import org.aftersales.servicecase.ClockState;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.cases.CaseFormat;

/**
 * field/today.xhtml, the engineer's day on the phone (issue 16): the approved dispatches in the order of the visits,
 * each with the site (a tap opens it in Amap, 高德地图, or another map app through {@code geo:}), the owner's people to
 * call, the running clock in words, the equipment with its last cases and the articles for its model.
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

    private EngineerDay day;

    public EngineerDay getDay() {
        if (day == null) {
            day = service.mine();
        }
        return day;
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
