package org.aftersales.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.shared.BusinessException;
import org.aftersales.web.DatabaseOutage;
import org.aftersales.web.i18n.Messages;

/**
 * Everything that is not a business refusal, wherever it was wrapped (a commit's {@code TransactionalException}, an
 * {@code EJBException}): a body that is not JSON or has a wrong type is the client's fault (400, the field named where
 * known); a value the database refused although it passed the checks (too long, too many digits, a duplicate) is a
 * gap in those checks but still the client's value (422, logged so that the gap gets closed); a concurrent update
 * detected at commit is a stale version (409); JAX-RS statuses pass through with their headers ({@code Allow} of a
 * 405); a database that cannot be reached is 503 with {@code Retry-After}; anything else is a defect (500, logged, no
 * stack trace to the client).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** How long a client should wait before trying again while the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS);

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    /** Headers of a JAX-RS error that tell the client what to do next. */
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE);

    @Context
    HttpHeaders headers;

    UnexpectedExceptionMapper withHeaders(HttpHeaders callerHeaders) {
        this.headers = callerHeaders;
        return this;
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = ProblemResponses.locale(headers);
        BusinessException business = find(thrown, BusinessException.class);
        if (business != null) {
            return new BusinessExceptionMapper().withHeaders(headers).toResponse(business);
        }
        if (DatabaseOutage.causedBy(thrown)) {
            // The database is away: the caller may retry; nothing was stored (robustness issue, item 1).
            LOG.warning(() -> "database unavailable: " + thrown);
            return Response.fromResponse(ProblemResponses.problem(503, "problem.unavailable", null, List.of(), locale))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
        InputRefusedException refusedInput = find(thrown, InputRefusedException.class);
        if (refusedInput != null) {
            return refusedInput.toResponse(locale);
        }
        ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            return new ConstraintViolationMapper().withHeaders(headers).toResponse(invalid);
        }
        if (find(thrown, OptimisticLockException.class) != null) {
            return ProblemResponses.problem(409, "problem.conflict", null, List.of(), locale);
        }
        if (find(thrown, JsonException.class) != null) {
            String detail = Messages.text(locale, "api.error.notJson");
            return ProblemResponses.problem(400, "problem.badRequest", detail, List.of(), locale);
        }
        WebApplicationException web = find(thrown, WebApplicationException.class);
        if (web != null && web.getResponse().getStatus() >= 400 && find(web, JsonbException.class) == null) {
            return withKeptHeaders(
                    web.getResponse(),
                    ProblemResponses.problem(web.getResponse().getStatus(), locale));
        }
        if (find(thrown, JsonbException.class) != null
                || find(thrown, DateTimeParseException.class) != null
                || find(thrown, ProcessingException.class) != null
                || web != null) {
            return ProblemResponses.problem(400, "problem.badRequest", null, List.of(), locale);
        }
        SQLException refusedByDatabase = refusedValue(thrown);
        if (refusedByDatabase != null) {
            LOG.log(Level.WARNING, "The database refused a value the API let through; check it before storing", thrown);
            String detail = Messages.text(locale, "api.error.notStorable");
            return ProblemResponses.problem(
                    422,
                    "problem.unprocessable",
                    detail,
                    List.of(new Problem.FieldError(null, "api.error.notStorable", detail)),
                    locale);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return ProblemResponses.problem(500, locale);
    }

    /** Whether the database could not be reached: one rule, {@link DatabaseOutage} (also ApiErrorFilter's). */
    static boolean unavailable(Throwable thrown) {
        return DatabaseOutage.causedBy(thrown);
    }

    /**
     * The database's refusal of a value (SQL state class 22, data exception: too long, out of range, a NUL byte; 23,
     * integrity constraint violation: a duplicate, a missing reference), or {@code null}.
     */
    private static SQLException refusedValue(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return sql;
            }
        }
        return null;
    }

    private static Response withKeptHeaders(Response original, Response problem) {
        Response.ResponseBuilder answer = Response.fromResponse(problem);
        for (String name : KEPT_HEADERS) {
            String value = original.getHeaderString(name);
            if (value != null) {
                answer.header(name, value);
            }
        }
        return answer.build();
    }

    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
