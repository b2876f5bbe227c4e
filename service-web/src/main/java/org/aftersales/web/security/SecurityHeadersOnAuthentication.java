package org.aftersales.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link SecurityHeaders} before the authentication mechanism runs: Payara calls it ahead of every servlet filter, and
 * the responses it writes itself — the API's 401, the redirect to the login page — never reach
 * {@link SecurityHeadersFilter}. A decorator, so the mechanism keeps to credentials and any mechanism gets the headers.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SecurityHeadersOnAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        return mechanism.validateRequest(request, response, context);
    }
}
