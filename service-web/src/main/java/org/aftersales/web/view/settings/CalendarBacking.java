package org.aftersales.web.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;
import org.aftersales.policy.CalendarDay;
import org.aftersales.policy.CalendarDayKind;
import org.aftersales.policy.HolidayCalendarService;
import org.aftersales.project.ProjectService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.omnifaces.util.Faces;

/**
 * settings/calendar.xhtml: the statutory holiday calendar of one year (R-O2) — the holidays and make-up working days
 * the State Council publishes — which moves deadlines of legal procedures off holidays (R-C8). A year has a few
 * dozen such days, so the year is shown whole. Adding and removing need POLICY_EDIT; removing asks first.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 3;
    private static final int YEARS_AHEAD = 2;

    @Inject
    transient HolidayCalendarService calendar;

    @Inject
    transient ProjectService projects;

    @Inject
    transient Caller caller;

    private int thisYear;
    private int year;
    private List<CalendarDay> days;

    private LocalDate day;
    private CalendarDayKind kind;
    private String name;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.POLICY_VIEW)) {
            Pages.sendError(403);
            return;
        }
        thisYear = projects.today().getYear();
        year = thisYear;
        refresh();
    }

    public void refresh() {
        days = calendar.list(year);
    }

    public void add() {
        CalendarDay added = calendar.add(day, kind, name);
        Pages.info("calendar.added", added.getDay(), Pages.text("CalendarDayKind." + added.getKind()), added.getName());
        day = null;
        kind = null;
        name = null;
        if (added.getDay().getYear() != year) {
            year = added.getDay().getYear();
        }
        refresh();
    }

    public void remove(long id, LocalDate removedDay) {
        calendar.remove(id);
        Pages.info("calendar.removed", removedDay);
        refresh();
    }

    /** The weekday in the user's language: a make-up working day is always a Saturday or Sunday. */
    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Faces.getLocale());
    }

    public boolean isEditable() {
        return caller.may(Permission.POLICY_EDIT);
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear + YEARS_AHEAD)
                .boxed()
                .toList();
    }

    public CalendarDayKind[] getKinds() {
        return CalendarDayKind.values();
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
