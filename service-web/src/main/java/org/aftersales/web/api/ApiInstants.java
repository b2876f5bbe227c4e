package org.aftersales.web.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.aftersales.shared.BusinessException;

/**
 * Instants in the API (API.md): RFC 3339 with an offset on the way in — one without an offset is ambiguous and
 * refused (422) — and UTC with "Z", to the second, on the way out.
 */
final class ApiInstants {

    private ApiInstants() {}

    static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException noOffsetOrMalformed) {
            throw new BusinessException(field, "api.error.instantFormat", value);
        }
    }

    static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
