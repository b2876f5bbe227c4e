package org.aftersales.shared;

import java.time.Instant;

/**
 * The record was changed by someone else since the caller read it (optimistic locking). The API answers 409;
 * a page says who changed it and when, and asks to reload.
 */
public class StaleVersionException extends BusinessException {

    public StaleVersionException(String modifiedBy, Instant modifiedAt) {
        // Explicit null field: with a String as first argument Java would pick (field, messageKey, arguments...).
        super(null, "error.staleVersion", modifiedBy, modifiedAt);
    }
}
