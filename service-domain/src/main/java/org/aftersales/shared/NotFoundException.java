package org.aftersales.shared;

/** The record does not exist, or the caller may not see it (both answer the same, API.md: 404). */
public class NotFoundException extends BusinessException {

    /** @param what the kind of record, e.g. "project": the bundle has its name under {@code entity.project}. */
    public NotFoundException(String what, Object id) {
        // Explicit null field: with a String as first argument Java would pick (field, messageKey, arguments...).
        super(null, "error.notFound", "entity." + what, id);
    }
}
