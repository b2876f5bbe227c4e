package org.aftersales.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * One day of the statutory holiday calendar that differs from the ordinary week (R-O2): a holiday rest day, or a
 * weekend day worked in exchange (调休上班). Every other day is a working day from Monday to Friday and a rest day on
 * Saturday and Sunday; {@link HolidayCalendar} applies the rule.
 *
 * <p>The State Council General Office publishes the arrangement each year; the calendar is shipped for the current
 * and the previous year and kept up to date by authorised users. The column is {@code calendar_date} because
 * {@code DAY} is a reserved word in H2.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends BaseEntity {

    public static final int NAME_LENGTH = 100;
    public static final int KIND_LENGTH = 20;

    @NotNull
    @Column(name = "calendar_date", nullable = false, unique = true, updatable = false)
    private LocalDate day;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = KIND_LENGTH)
    private CalendarDayKind kind;

    /** The holiday the day belongs to, as published, e.g. "国庆节". */
    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    protected CalendarDay() {}

    /**
     * A holiday may fall on any day (an arrangement's rest days include weekends); a make-up working day is always a
     * Saturday or a Sunday, since a weekday is a working day anyway.
     */
    public CalendarDay(LocalDate day, CalendarDayKind kind, String name) {
        if (day == null) {
            throw new BusinessException("day", "calendar.error.dayRequired");
        }
        if (kind == null) {
            throw new BusinessException("kind", "calendar.error.kindRequired");
        }
        String stripped = Inputs.stripToNull(name);
        if (stripped == null) {
            throw new BusinessException("name", "calendar.error.nameRequired");
        }
        if (kind == CalendarDayKind.MAKEUP_WORKDAY && !HolidayCalendar.isWeekend(day)) {
            throw new BusinessException("day", "calendar.error.makeUpWorkdayOnWeekday", day);
        }
        this.day = day;
        this.kind = kind;
        this.name = stripped;
    }

    public LocalDate getDay() {
        return day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
