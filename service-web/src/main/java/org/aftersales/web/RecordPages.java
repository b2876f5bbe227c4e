package org.aftersales.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.util.OptionalLong;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.NotFoundException;
import org.omnifaces.util.Faces;

/**
 * A page about one record names it by number in its URL ({@code projects/edit.xhtml?id=…},
 * {@code cases/list.xhtml?project=…}). Such a page answers the application's 404 page — status 404, in the user's
 * language — alike for a record that does not exist, one of another department, and a number that is none, as the API
 * does; it never opens empty or with a "new record" form instead. The rule lives here, once, so that a new page
 * cannot forget it:
 *
 * <ul>
 *   <li><b>malformed</b>: a view parameter bound to a {@code Long} (every record id in this application) must be a
 *       plain positive decimal number of at most 19 ASCII digits that fits a {@code long}: {@code abc}, {@code -1},
 *       {@code +1}, {@code 1.0}, {@code ５} and {@code 99999999999999999999} answer 404 before any bean sees them. Any
 *       other view parameter that the page cannot convert (an unknown enum constant, say) answers 404 too. An empty
 *       value counts as absent, as JSF treats an empty input;
 *   <li><b>missing or foreign</b>: the bean's {@code f:viewAction} asks the domain service ({@code find(id)}), which
 *       throws {@link NotFoundException} for a record that does not exist and for one the caller's department may not
 *       see; thrown while the page opens, it becomes the 404 page ({@link AccessDeniedException}: the 403 page) — see
 *       {@link #opening(FacesContext)} and {@link BusinessExceptionHandler}. On a postback (a save) the same
 *       exceptions stay messages on the page.
 * </ul>
 *
 * A page that needs its record checks only that the id is there: {@code if (id == null) → 404}.
 */
public class RecordPages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The longest decimal a {@code long} holds has 19 digits. */
    private static final int MAX_DIGITS = 19;

    /**
     * The record id in {@code text}: a positive decimal of ASCII digits that fits a {@code long}; empty for anything
     * else (null, blank, signs, spaces, other scripts' digits, overflow, zero).
     */
    public static OptionalLong id(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException overflow) {
            return OptionalLong.empty();
        }
    }

    /**
     * Whether the page is opening: a first request for the view (not a postback), before it renders. A record that
     * cannot be shown then answers an HTTP error page rather than a message on a page that has nothing to show.
     */
    static boolean opening(FacesContext context) {
        return !context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    /** Ends the request with the application's error page for {@code status} (web.xml's error-page). */
    static void answer(int status) {
        Faces.responseSendError(status, null);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || context.getResponseComplete()) {
            return;
        }
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW && hasMalformedId(context)) {
            answer(404);
        } else if (event.getPhaseId() == PhaseId.PROCESS_VALIDATIONS && context.isValidationFailed()) {
            // A view parameter the page could not convert: there is no such page.
            answer(404);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // all in afterPhase
    }

    private static boolean hasMalformedId(FacesContext context) {
        if (context.getViewRoot() == null) {
            return false;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            String text = context.getExternalContext().getRequestParameterMap().get(parameter.getName());
            if (text != null && !text.isEmpty() && isRecordId(context, parameter) && id(text).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRecordId(FacesContext context, UIViewParameter parameter) {
        ValueExpression value = parameter.getValueExpression("value");
        if (value == null) {
            return false;
        }
        Class<?> type = value.getType(context.getELContext());
        return type == Long.class || type == long.class;
    }
}
