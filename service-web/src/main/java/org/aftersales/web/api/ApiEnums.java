package org.aftersales.web.api;

import org.aftersales.shared.BusinessException;

/**
 * Enumerations in request bodies are strings (API.md: the upper-case constants of the code). An unknown constant is a
 * refused value (422 on that field), not a malformed body; a missing one stays {@code null} for the domain to refuse.
 */
final class ApiEnums {

    private ApiEnums() {}

    static <E extends Enum<E>> E parse(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new BusinessException(field, "api.error.unknownValue", value);
        }
    }

    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
