package org.aftersales.web.api;

import java.math.BigDecimal;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;

/** Parsing of API values that JSON types cannot express (money as a string, API.md). */
final class ApiValues {

    private ApiValues() {}

    static Money money(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.scale() > 2) {
                throw new BusinessException(field, "api.error.moneyFormat", value);
            }
            return Money.of(amount);
        } catch (NumberFormatException notANumber) {
            throw new BusinessException(field, "api.error.moneyFormat", value);
        }
    }

    /** A day as yyyy-MM-dd (query parameters: JAX-RS here takes no LocalDate). */
    static java.time.LocalDate date(String field, String value) {
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            throw new BusinessException(field, "api.error.dateFormat", value);
        }
    }
}
