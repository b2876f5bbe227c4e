package org.aftersales.document;

import org.aftersales.shared.BusinessException;

/**
 * A file the document store refuses for what it is, not for what was said about it (R-K1): too large for the
 * configured limit, or of a type not allowed or not matching its name. Pages show it like any refusal; the API
 * answers it with the HTTP status made for it (413, 415) instead of 422.
 */
public class UploadRefusedException extends BusinessException {

    /** Why the file was refused. */
    public enum Reason {
        /** Larger than {@code aftersales.documents.max-size-mb}: HTTP 413. */
        TOO_LARGE,
        /** Not an allowed type by its content, or its name claims another type: HTTP 415. */
        TYPE
    }

    private final Reason reason;

    public UploadRefusedException(Reason reason, String messageKey, Object... arguments) {
        super("file", messageKey, arguments);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
