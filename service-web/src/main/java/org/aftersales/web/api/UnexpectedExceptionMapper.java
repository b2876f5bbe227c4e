package org.aftersales.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.shared.BusinessException;
import org.aftersales.web.DatabaseOutage;

/**
 * Everything that is not a business refusal: a body that is not JSON or has a wrong type is the client's fault
 * (400); a concurrent update detected at commit is a stale version (409); JAX-RS statuses pass through; anything
 * else is a defect (500, logged, no stack trace to the client).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

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
        if (find(thrown, OptimisticLockException.class) != null) {
            return ProblemResponses.problem(409, "problem.conflict", null, List.of(), locale);
        }
        if (thrown instanceof WebApplicationException web && !(thrown.getCause() instanceof JsonbException)) {
            int status = web.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                return ProblemResponses.problem(status, "problem.badRequest", null, List.of(), locale);
            }
        }
        if (find(thrown, JsonbException.class) != null
                || find(thrown, DateTimeParseException.class) != null
                || find(thrown, ProcessingException.class) != null
                || thrown instanceof WebApplicationException) {
            return ProblemResponses.problem(400, "problem.badRequest", null, List.of(), locale);
        }
        if (thrown instanceof EJBException && thrown.getCause() != null) {
            return toResponse(thrown.getCause());
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return ProblemResponses.problem(500, "problem.internal", null, List.of(), locale);
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
