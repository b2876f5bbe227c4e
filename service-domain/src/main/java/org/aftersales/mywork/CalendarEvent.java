package org.aftersales.mywork;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the work calendar: timed ({@code at}, on-site visits) or for a whole day ({@code day}), and the page it
 * opens.
 *
 * @param title project code and what it is about (for a visit: the case number and the engineers)
 */
public record CalendarEvent(
        CalendarEventKind kind, String title, Instant at, LocalDate day, WorkTarget target, long targetId) {

    public boolean allDay() {
        return at == null;
    }
}
