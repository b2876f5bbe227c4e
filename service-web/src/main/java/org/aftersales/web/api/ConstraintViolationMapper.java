package org.aftersales.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.web.i18n.Messages;

/**
 * A value refused by a Bean Validation constraint — an entity's {@code @NotBlank}, {@code @Size} checked when it is
 * stored — is 422 with each field named and a message in the caller's language (the container's own answer would be
 * a 400 HTML page). The field is the constraint's property path ({@code name}, {@code bookEntry.number}); the message
 * comes from our bundles by the kind of constraint, not from the validator, whose texts follow the server's locale.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    ConstraintViolationMapper withHeaders(HttpHeaders callerHeaders) {
        this.headers = callerHeaders;
        return this;
    }

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        Locale locale = ProblemResponses.locale(headers);
        List<Problem.FieldError> errors = errors(invalid, locale);
        String detail = errors.isEmpty() ? null : errors.get(0).message();
        return ProblemResponses.problem(422, "problem.unprocessable", detail, errors, locale);
    }

    /** Each violated constraint as a field error, by field. */
    static List<Problem.FieldError> errors(ConstraintViolationException invalid, Locale locale) {
        return invalid.getConstraintViolations() == null
                ? List.of()
                : invalid.getConstraintViolations().stream()
                        .map(violation -> error(violation, locale))
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .toList();
    }

    private static Problem.FieldError error(ConstraintViolation<?> violation, Locale locale) {
        String field = field(violation.getPropertyPath());
        ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
        String kind = constraint == null
                ? ""
                : constraint.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = constraint == null ? Map.of() : constraint.getAttributes();
        String key;
        Object[] arguments;
        switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> {
                key = "api.error.required";
                arguments = new Object[0];
            }
            case "Size" -> {
                key = "api.error.size";
                Object value = violation.getInvalidValue();
                int size = value instanceof CharSequence text
                        ? text.length()
                        : value instanceof java.util.Collection<?> items ? items.size() : 0;
                arguments = new Object[] {attributes.get("min"), attributes.get("max"), size};
            }
            case "Digits" -> {
                key = "api.error.digits";
                arguments = new Object[] {attributes.get("integer"), attributes.get("fraction")};
            }
            case "Min", "DecimalMin" -> {
                key = "api.error.tooSmall";
                arguments = new Object[] {String.valueOf(attributes.get("value"))};
            }
            case "Max", "DecimalMax" -> {
                key = "api.error.tooLarge";
                arguments = new Object[] {String.valueOf(attributes.get("value"))};
            }
            default -> {
                key = "api.error.invalid";
                arguments = new Object[0];
            }
        }
        return new Problem.FieldError(field, key, Messages.text(locale, key, arguments));
    }

    /** The property path as the client named it: {@code items[0].cost}, without a method or parameter node. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        if (path == null) {
            return "";
        }
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.CONSTRUCTOR
                    || node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE
                    || node.getKind() == jakarta.validation.ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }
}
