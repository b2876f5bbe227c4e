package org.aftersales.web.api;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure inside a {@code @Transactional} service reaches JAX-RS wrapped in a {@link TransactionalException}. Jersey
 * brings its own mapper for that type, which only knows web exceptions inside it: a failed commit (the database went
 * away) made it fail, and the caller got a bare 500. This one, more specific than {@link UnexpectedExceptionMapper}'s
 * {@code Throwable} and preferred over Jersey's built-in one, hands every such failure to the same mapping as any other
 * (503 when the database is away, the business refusal inside, …).
 */
@Provider
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException thrown) {
        UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();
        mapper.headers = headers;
        return mapper.toResponse(thrown);
    }
}
