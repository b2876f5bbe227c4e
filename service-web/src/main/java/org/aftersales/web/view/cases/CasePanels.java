package org.aftersales.web.view.cases;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.aftersales.shared.BusinessException;
import org.aftersales.web.view.Pages;
import org.primefaces.PrimeFaces;

/**
 * What the panels of the case page (dispatch, visit, sign-off, costs, factory return) share: an act is tried, and a
 * refusal of the service shows next to the input named after the refused field inside the panel's own form — or at
 * the top of that panel — and the request counts as failed so that a dialog stays open.
 */
final class CasePanels {

    private CasePanels() {}

    /** Runs {@code act}; true when it was done, false when the service refused it (the message is then shown). */
    static <T> T attempt(String formId, Supplier<T> act) {
        return attempt(formId, UnaryOperator.identity(), act);
    }

    /**
     * As {@link #attempt(String, Supplier)}, for a form whose inputs are named apart from the service's fields: {@code
     * inputOf} gives the input of a refused field (the dispatch ticket's {@code customerName} is the shared signing
     * fragment's {@code signerName}).
     */
    static <T> T attempt(String formId, UnaryOperator<String> inputOf, Supplier<T> act) {
        try {
            T done = act.get();
            PrimeFaces.current().ajax().update("messages");
            return done;
        } catch (BusinessException refused) {
            // Every field the validation refused, each beside its input (issue 18 item 5).
            for (BusinessException refusal : refused.getRefusals()) {
                refuse(
                        formId,
                        refusal.getField() == null ? null : inputOf.apply(refusal.getField()),
                        Pages.text(refusal.getMessageKey(), refusal.getArguments()));
            }
            return null;
        }
    }

    /** A refusal found by the page itself (e.g. an unticked safety rule), shown like the service's. */
    static void refuse(String formId, String field, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = null;
        if (field != null) {
            UIComponent input = context.getViewRoot().findComponent(formId + ":" + field);
            clientId = input == null ? null : input.getClientId(context);
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** A time typed in the configured zone, as an instant; {@code null} stays {@code null}. */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
