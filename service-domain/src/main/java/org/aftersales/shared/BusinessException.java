package org.aftersales.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused the request. Carries a message key of the resource bundle (and its arguments), never a
 * ready-made text: the web layer translates it into the user's language, the API into a problem+json 422.
 *
 * <p>Unchecked and rolling back, so a refused use case leaves the database as it was.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal about one input field, so that forms can show it next to that field. */
    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }

    /** The input field the refusal is about, or {@code null}. */
    public String getField() {
        return field;
    }

    /**
     * The same refusal about another field: a page with two forms for the same use-case field names (two dates, say)
     * names its inputs apart and maps the field with this.
     */
    public BusinessException onField(String otherField) {
        BusinessException moved = new BusinessException(otherField, messageKey, arguments.toArray());
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
