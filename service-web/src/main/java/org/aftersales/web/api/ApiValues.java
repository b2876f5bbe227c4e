package org.aftersales.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;

/**
 * Parsing of API values that JSON types cannot express (API.md): money as a string, a day as {@code yyyy-MM-dd}.
 * Strict, so that what is taken can be stored as it was sent.
 */
final class ApiValues {

    /** The first and the last day the application keeps (PostgreSQL and Java agree on these; -999999999 they do not). */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /**
     * Money as written by people and ERPs: ASCII digits with an optional minus and at most two decimals — no exponent
     * ({@code 1e3}), no full-width digits ({@code １２３}, which {@link BigDecimal} would take), no grouping.
     */
    private static final Pattern MONEY = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    /** The digits before the point that a money column holds. */
    static final int MONEY_INTEGER_DIGITS = Money.PRECISION - Money.SCALE;

    private ApiValues() {}

    /** An amount, or {@code null} when absent or blank; 422 on {@code field} when it is no amount or too large. */
    static Money money(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String amount = value.strip();
        if (!MONEY.matcher(amount).matches()) {
            throw new BusinessException(field, "api.error.moneyFormat", value);
        }
        BigDecimal parsed = new BigDecimal(amount);
        if (parsed.precision() - parsed.scale() > MONEY_INTEGER_DIGITS) {
            throw new BusinessException(field, "api.error.moneyTooLarge", MONEY_INTEGER_DIGITS);
        }
        return Money.of(parsed);
    }

    /**
     * A day as yyyy-MM-dd with a four-digit year between {@link #FIRST_DAY} and {@link #LAST_DAY} (query parameters,
     * multipart fields and JSON members alike); {@code null} when absent or blank; 422 on {@code field} otherwise.
     */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        StrictInput.text(field, text, false);
        LocalDate day;
        try {
            day = parseDay(text);
        } catch (DateTimeParseException notADay) {
            throw new BusinessException(field, "api.error.dateFormat", value);
        }
        return dayInRange(field, day);
    }

    /** Exactly {@code yyyy-MM-dd}, a four-digit year and a day the calendar has (not 2026-02-30). */
    static LocalDate parseDay(String text) {
        if (text.length() != "yyyy-MM-dd".length()) {
            throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
        }
        return LocalDate.parse(text);
    }

    /** Refuses a day outside {@link #FIRST_DAY} … {@link #LAST_DAY} (422 naming {@code field}). */
    static LocalDate dayInRange(String field, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            throw new BusinessException(field, "api.error.dateRange", day, FIRST_DAY, LAST_DAY);
        }
        return day;
    }
}
