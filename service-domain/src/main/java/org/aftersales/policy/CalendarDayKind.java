package org.aftersales.policy;

/** What the State Council's holiday arrangement makes of a day (R-O2). */
public enum CalendarDayKind {
    /** A statutory holiday or a rest day of its arrangement (法定节假日 / 调休放假): not a working day. */
    HOLIDAY,
    /** A Saturday or Sunday worked in exchange for a holiday rest day (调休上班): a working day. */
    MAKEUP_WORKDAY
}
