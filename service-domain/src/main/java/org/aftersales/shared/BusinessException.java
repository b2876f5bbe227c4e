package org.aftersales.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A business rule refused the request. Carries a message key of the resource bundle (and its arguments), never a
 * ready-made text: the web layer translates it into the user's language, the API into a problem+json 422.
 *
 * <p>Unchecked and rolling back, so a refused use case leaves the database as it was.
 *
 * <p>A form's validation refuses once with every field that is wrong ({@link Refusals}): a specialist with the owner
 * on the phone needs all of them at once, not one per attempt (issue 18 item 5). Such an exception is its first
 * refusal, and {@link #getRefusals()} lists them all, for the page's messages beside each field and the API's
 * {@code errors[]}.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;
    /** Every refusal of the validation, this one first; {@code null} for a single refusal. */
    private final transient List<BusinessException> refusals;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal about one input field, so that forms can show it next to that field. */
    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.refusals = null;
    }

    /** Several refusals of one validation at once, the first standing for all (its key is the message of a list). */
    BusinessException(List<BusinessException> refusals) {
        super(refusals.get(0).getMessageKey());
        BusinessException first = refusals.get(0);
        this.field = first.field;
        this.messageKey = first.messageKey;
        this.arguments = first.arguments;
        this.refusals = List.copyOf(refusals);
    }

    /** Every refusal of the validation that threw this, in the order of the form's fields; itself when alone. */
    public List<BusinessException> getRefusals() {
        return refusals == null ? List.of(this) : refusals;
    }

    /** The refusal about {@code name}, if the validation found one. */
    public Optional<BusinessException> refusalOf(String name) {
        return getRefusals().stream()
                .filter(refusal -> Objects.equals(refusal.getField(), name))
                .findFirst();
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
