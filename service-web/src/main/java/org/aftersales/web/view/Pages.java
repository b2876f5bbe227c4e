package org.aftersales.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.aftersales.web.i18n.Messages;
import org.omnifaces.util.Faces;

/** Small helpers the backing beans share: translated messages, redirects and HTTP errors on page load. */
public final class Pages {

    private Pages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return Messages.text(context.getViewRoot().getLocale(), key, arguments);
    }

    /** A global information message (shown in the page's message area). */
    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A global warning: what was asked for is done, with something the user should know (shown like info). */
    public static void warn(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, arguments), null));
    }

    /** An information message that survives the redirect that follows it. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /** Redirects to a page of the application, e.g. {@code "/contracts/edit.xhtml?id=5"}. */
    public static void redirect(String path) {
        try {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Answers a page request with an HTTP error (404 for a record the caller may not see, 403 for a role). */
    public static void sendError(int status) {
        Faces.responseSendError(status, null);
    }
}
