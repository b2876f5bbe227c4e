package org.aftersales.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.web.i18n.Messages;

/**
 * Turns a refused business rule into a message in the user's language on the same page, so bad input never crashes
 * a page: the transaction was rolled back, the form keeps what the user typed. A refusal of access is logged as a
 * security event. While a page opens, a record that does not exist or may not be seen is no message but the 404 page
 * (a refused role the 403 page): the page would have nothing to show ({@link RecordPages}). Everything else is left
 * to the wrapped handler (error page).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger SECURITY_LOG = Logger.getLogger("org.aftersales.security");
    private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (DatabaseOutage.causedBy(thrown)) {
                showUnavailable(context);
                events.remove();
                continue;
            }
            BusinessException business = find(thrown, BusinessException.class);
            OptimisticLockException stale = find(thrown, OptimisticLockException.class);
            if (business == null && stale == null) {
                continue;
            }
            if (RecordPages.opening(context)
                    && (business instanceof NotFoundException || business instanceof AccessDeniedException)) {
                if (business instanceof AccessDeniedException) {
                    logRefusal(context);
                }
                RecordPages.answer(business instanceof NotFoundException ? 404 : 403);
                events.remove();
                continue;
            }
            if (business instanceof AccessDeniedException) {
                logRefusal(context);
            }
            if (business == null) {
                context.addMessage(
                        null, error(Messages.text(context.getViewRoot().getLocale(), "error.staleVersionUnknown")));
            } else {
                // Every field a validation refused, each beside its input (issue 18 item 5).
                for (BusinessException refusal : business.getRefusals()) {
                    context.addMessage(
                            clientIdOf(context, refusal),
                            error(Messages.text(
                                    context.getViewRoot().getLocale(),
                                    refusal.getMessageKey(),
                                    refusal.getArguments())));
                }
            }
            context.validationFailed();
            context.renderResponse();
            events.remove();
        }
        getWrapped().handle();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private static void logRefusal(FacesContext context) {
        SECURITY_LOG.warning(() -> "refused: " + context.getExternalContext().getRemoteUser() + " "
                + context.getViewRoot().getViewId());
    }

    /**
     * The database is away: the static 503 page (bilingual, it needs no database), with {@code Retry-After}; an ajax
     * request is sent there by a redirect (robustness issue, item 1).
     */
    private static void showUnavailable(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        LOG.warning(() -> "database unavailable: " + external.getRequestServletPath());
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/errors/503.html");
            } else if (!external.isResponseCommitted()) {
                external.responseReset();
                external.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                external.responseSendError(503, null);
            }
        } catch (IOException gone) {
            // the client left
        }
        context.responseComplete();
    }

    /**
     * Forms name their inputs after the fields of the use case inside a form with id "form", so a refusal about a
     * field shows next to that field; otherwise it is a global message.
     */
    private static String clientIdOf(FacesContext context, BusinessException business) {
        if (business == null || business.getField() == null) {
            return null;
        }
        UIComponent input = context.getViewRoot().findComponent("form:" + business.getField());
        return input == null ? null : input.getClientId(context);
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
