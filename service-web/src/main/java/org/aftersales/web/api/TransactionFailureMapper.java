package org.aftersales.web.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case whose commit failed ({@code @Transactional} wraps what the commit met — a refused value, a constraint, a
 * lost connection — in a {@link TransactionalException}) is answered for what it met, as {@link
 * UnexpectedExceptionMapper} answers it. Jersey brings a mapper for this exception too, which answers only when
 * another mapper is registered for the exception itself and otherwise throws it on, ending in the container's HTML
 * error page; this one is preferred (the lower priority value wins among mappers of the same exception).
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException failed) {
        return new UnexpectedExceptionMapper().withHeaders(headers).toResponse(failed);
    }
}
