package org.aftersales.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.aftersales.web.i18n.Messages;
import org.aftersales.web.security.AftersalesAuthenticationMechanism;

/** The login page: one message for every kind of failure, so it never tells whether a user name exists. */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        HttpServletResponse response =
                (HttpServletResponse) context.getExternalContext().getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.strip().toLowerCase(),
                                new Password(password == null ? "" : password))));
        password = null;
        // A refused login leaves the mechanism "not done", which the container reports as SUCCESS without a caller.
        if (status == AuthenticationStatus.SUCCESS && request.getUserPrincipal() != null) {
            context.getExternalContext().redirect(request.getContextPath() + "/index.xhtml");
            return;
        }
        if (request.getAttribute(AftersalesAuthenticationMechanism.THROTTLED_FOR_SECONDS) instanceof Long seconds) {
            // Too many failed logins from this address: 429 with Retry-After, the password was not even checked.
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Messages.text(context.getViewRoot().getLocale(), "login.throttled", seconds),
                            null));
            context.validationFailed();
            return;
        }
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Messages.text(context.getViewRoot().getLocale(), "login.failed"),
                        null));
        context.validationFailed();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
