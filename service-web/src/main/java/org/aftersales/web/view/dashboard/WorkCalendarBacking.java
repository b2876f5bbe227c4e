package org.aftersales.web.view.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.aftersales.mywork.CalendarEvent;
import org.aftersales.mywork.CalendarEventKind;
import org.aftersales.mywork.EngineerChoice;
import org.aftersales.mywork.WorkCalendarService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.aftersales.web.view.WorkLinks;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * dashboard/calendar.xhtml: the work calendar (issue 6) — follow-ups due, return visits, on-site visits and warranty
 * ends, for everyone or one engineer. The schedule loads the days it shows, each time it shows others (lazy); clicking
 * an entry opens its page.
 */
@Named
@ViewScoped
public class WorkCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkCalendarService calendar;

    @Inject
    transient Caller caller;

    @Inject
    UserSession session;

    private String engineer;
    private List<EngineerChoice> engineers = List.of();
    private String zone;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            LocalDate from = start.toLocalDate();
            LocalDate to = end.toLocalDate().isAfter(from) ? end.toLocalDate() : from.plusDays(1);
            if (end.toLocalTime().isAfter(java.time.LocalTime.MIDNIGHT)) {
                to = end.toLocalDate().plusDays(1);
            }
            for (CalendarEvent event : calendar.events(from, to, engineer)) {
                addEvent(scheduleEvent(event));
            }
        }
    };

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.FOLLOW_UP_VIEW)) {
            Pages.sendError(403);
            return;
        }
        engineers = calendar.engineers();
        zone = calendar.zone().getId();
    }

    private DefaultScheduleEvent<Void> scheduleEvent(CalendarEvent event) {
        ZoneId zoneId = calendar.zone();
        String kind = Pages.text("CalendarEventKind." + event.kind());
        String url = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + WorkLinks.href(event.target(), event.targetId());
        DefaultScheduleEvent.Builder<Void> builder = DefaultScheduleEvent.<Void>builder()
                .title(kind + " · " + event.title())
                .description(kind)
                .url(url)
                .editable(false)
                .backgroundColor(colour(event.kind()))
                .borderColor(colour(event.kind()))
                .textColor("#ffffff")
                .styleClass("calendar-"
                        + event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (event.allDay()) {
            builder.allDay(true)
                    .startDate(event.day().atStartOfDay())
                    .endDate(event.day().plusDays(1).atStartOfDay());
        } else {
            LocalDateTime at = LocalDateTime.ofInstant(event.at(), zoneId);
            builder.startDate(at).endDate(at.plusHours(1));
        }
        return builder.build();
    }

    /** The colour of a kind of entry, as in the legend above the calendar (aftersales.css). */
    private static String colour(CalendarEventKind kind) {
        return switch (kind) {
            case FOLLOW_UP_DUE -> "#1e6fd9";
            case RETURN_VISIT_PLANNED -> "#7a4fc9";
            case RETURN_VISIT_DONE -> "#2e8540";
            case ON_SITE_VISIT -> "#e08a00";
            case WARRANTY_END -> "#c62828";
        };
    }

    /** The user's language, for the calendar's titles, weekdays and buttons (PrimeFaces maps it to FullCalendar's). */
    public Locale getLocale() {
        return session.getLocale();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getZone() {
        return zone;
    }

    public String getEngineer() {
        return engineer;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer == null || engineer.isBlank() ? null : engineer;
    }

    public List<EngineerChoice> getEngineers() {
        return engineers;
    }
}
