package org.aftersales.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what a validation finds wrong with a form, field by field, and refuses once with all of it (issue 18
 * item 5): the call registration, the visit agreement and the sign-off name every missing field in one answer, on the
 * page beside each field and in the API's {@code errors[]}.
 *
 * <p>A check that already refuses on its own (a value object's guarding constructor, the late-entry rule) is run
 * through {@link #check}: its refusal is kept and the validation goes on with the next field.
 */
public final class Refusals {

    private final List<BusinessException> found = new ArrayList<>();

    /** {@code field} is refused with the message {@code messageKey}. */
    public void add(String field, String messageKey, Object... arguments) {
        found.add(new BusinessException(field, messageKey, arguments));
    }

    /** Runs a check that may refuse; its refusal (or refusals) is kept. Returns what the check gave, or null. */
    public <T> T check(Supplier<T> checked) {
        try {
            return checked.get();
        } catch (BusinessException refused) {
            found.addAll(refused.getRefusals());
            return null;
        }
    }

    /** Whether {@code field} was refused already (a later check of the same field would only repeat it). */
    public boolean refused(String field) {
        return found.stream().anyMatch(refusal -> field.equals(refusal.getField()));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses with everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw found.size() == 1 ? found.get(0) : new BusinessException(found);
        }
    }
}
