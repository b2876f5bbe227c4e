package org.aftersales.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.aftersales.document.UploadRefusedException;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.RecordRefusedException;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.web.i18n.Messages;

/**
 * Refused business rules: 422 with the field, 404 not found or not visible, 403 not allowed, 409 stale version, and
 * for a refused upload 413 (too large) or 415 (type).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    private static final Logger SECURITY_LOG = Logger.getLogger("org.aftersales.security");

    @Context
    HttpHeaders headers;

    BusinessExceptionMapper withHeaders(HttpHeaders callerHeaders) {
        this.headers = callerHeaders;
        return this;
    }

    @Override
    public Response toResponse(BusinessException refused) {
        Locale locale = ProblemResponses.locale(headers);
        String message = Messages.text(locale, refused.getMessageKey(), refused.getArguments());
        if (refused instanceof NotFoundException) {
            return ProblemResponses.problem(404, "problem.notFound", message, List.of(), locale);
        }
        if (refused instanceof AccessDeniedException) {
            SECURITY_LOG.warning("API call refused for lack of permission");
            return ProblemResponses.problem(403, "problem.forbidden", message, List.of(), locale);
        }
        if (refused instanceof StaleVersionException) {
            return ProblemResponses.problem(409, "problem.conflict", message, List.of(), locale);
        }
        if (refused instanceof UploadRefusedException file) {
            // R-K1 refused uploads: 413 too large, 415 a type not allowed or disguised by its name.
            boolean tooLarge = file.getReason() == UploadRefusedException.Reason.TOO_LARGE;
            return ProblemResponses.problem(
                    tooLarge ? 413 : 415,
                    tooLarge ? "problem.tooLarge" : "problem.unsupportedType",
                    message,
                    List.of(new Problem.FieldError(refused.getField(), refused.getMessageKey(), message)),
                    locale);
        }
        if (refused instanceof RecordRefusedException batch) {
            return recordRefused(batch, locale);
        }
        // Every field the validation refused (issue 18 item 5); the detail is the first one's message.
        List<Problem.FieldError> errors = refused.getRefusals().stream()
                .filter(refusal -> refusal.getField() != null)
                .map(refusal -> new Problem.FieldError(
                        refusal.getField(),
                        refusal.getMessageKey(),
                        Messages.text(locale, refusal.getMessageKey(), refusal.getArguments())))
                .toList();
        return ProblemResponses.problem(422, "problem.unprocessable", message, errors, locale);
    }

    /**
     * A refused record of a batch (issue 17, {@code POST /sync/{kind}}): 422, each of its errors as the single record's
     * would be, with the record's {@code index}; the detail names the record and that nothing was stored.
     */
    private Response recordRefused(RecordRefusedException batch, Locale locale) {
        String detail = Messages.text(locale, batch.getMessageKey(), batch.getArguments());
        List<Problem.FieldError> errors;
        if (batch.getRefusal() instanceof ConstraintViolationException invalid) {
            errors = ConstraintViolationMapper.errors(invalid, locale);
        } else if (batch.getRefusal() instanceof BusinessException refused) {
            errors = refused.getRefusals().stream()
                    .map(refusal -> new Problem.FieldError(
                            refusal.getField(),
                            refusal.getMessageKey(),
                            Messages.text(locale, refusal.getMessageKey(), refusal.getArguments())))
                    .toList();
        } else {
            errors = List.of();
        }
        List<Problem.FieldError> indexed =
                errors.stream().map(error -> error.ofRecord(batch.getIndex())).toList();
        if (!indexed.isEmpty()) {
            detail = detail + " " + indexed.get(0).message();
        }
        return ProblemResponses.problem(422, "problem.unprocessable", detail, indexed, locale);
    }
}
