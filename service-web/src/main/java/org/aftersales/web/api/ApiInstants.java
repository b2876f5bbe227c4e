package org.aftersales.web.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.aftersales.shared.BusinessException;

/**
 * Instants in the API (API.md): RFC 3339 with an offset on the way in — one without an offset is ambiguous and
 * refused (422), as is one outside the days the application keeps ({@link ApiValues#FIRST_DAY} …
 * {@link ApiValues#LAST_DAY}) — and UTC with "Z", to the second, on the way out.
 */
final class ApiInstants {

    private ApiInstants() {}

    static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException noOffsetOrMalformed) {
            throw new BusinessException(field, "api.error.instantFormat", value);
        }
        var day = parsed.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        if (day.isBefore(ApiValues.FIRST_DAY) || day.isAfter(ApiValues.LAST_DAY)) {
            throw new BusinessException(
                    field, "api.error.instantRange", value, ApiValues.FIRST_DAY, ApiValues.LAST_DAY);
        }
        return parsed.toInstant();
    }

    static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
