package org.aftersales.web.api;

import java.util.List;

/** An RFC 7807 problem as API.md defines it; messages in the caller's language. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String code, String message) {}
}
