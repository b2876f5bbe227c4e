package org.aftersales.web.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.aftersales.web.i18n.Messages;

/**
 * A value of the request refused before any use case ran (API.md: "types are exact"), with the field it was in:
 * {@link #WRONG_TYPE} (400) when the value is not of the type the field has — a number for a text, a text for a
 * number, an object for a day — and {@link #REFUSED} (422) when it has the type but cannot be taken: a control
 * character, a day outside the years the application keeps, more digits than the column holds.
 */
final class InputRefusedException extends RuntimeException {

    static final int WRONG_TYPE = 400;
    static final int REFUSED = 422;

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /** {@code field} is the member's path in the body ({@code items[0].cost}); empty for the body as a whole. */
    InputRefusedException(int status, String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey, null, false, false);
        this.status = status;
        this.field = field == null || field.isEmpty() ? null : field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Response toResponse(Locale locale) {
        String message = Messages.text(locale, messageKey, arguments);
        return ProblemResponses.problem(
                status,
                ProblemResponses.titleKey(status),
                message,
                List.of(new Problem.FieldError(field, messageKey, message)),
                locale);
    }
}
