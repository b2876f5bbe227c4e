package org.aftersales.web.api;

import java.util.List;

/** An RFC 7807 problem as API.md defines it; messages in the caller's language. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /**
     * A refused field; {@code index} names the record of a batch it belongs to ({@code POST /sync/{kind}}, from 0), and
     * is absent elsewhere.
     */
    public record FieldError(String field, String code, String message, Integer index) {

        public FieldError(String field, String code, String message) {
            this(field, code, message, null);
        }

        /** The same error, about the batch's record {@code recordIndex}. */
        FieldError ofRecord(int recordIndex) {
            return new FieldError(field, code, message, recordIndex);
        }
    }
}
