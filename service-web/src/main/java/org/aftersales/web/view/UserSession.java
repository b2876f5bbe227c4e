package org.aftersales.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.aftersales.staff.UserAccountService;
import org.aftersales.web.i18n.Messages;

/**
 * The logged-in user's session: their UI language (zh_CN by default, stored per user so it follows them to the
 * next login) and logout.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAccountService accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String user = remoteUser();
            locale = user == null
                    ? Messages.CHINESE
                    : accounts.byUsername(user)
                            .map(u -> "en".equals(u.getLocale()) ? Messages.ENGLISH : Messages.CHINESE)
                            .orElse(Messages.CHINESE);
        }
        return locale;
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.equals(getLocale());
    }

    /**
     * Switches the language, remembers it for this user, and reloads the page in it — the same page with the same
     * record: the top bar's form posts to the page's URL with its query string, which the reload repeats; where the
     * page was itself reached by a post (no query string), its view parameters are written out instead. Without
     * either, a page such as {@code retention/subcontractor.xhtml?id=…} came back without its {@code id}: a 404.
     */
    public void switchLanguage(String language) throws IOException {
        locale = "en".equals(language) ? Messages.ENGLISH : Messages.CHINESE;
        String user = remoteUser();
        if (user != null) {
            accounts.chooseLocale(user, "en".equals(language) ? "en" : "zh_CN");
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        String viewId = context.getViewRoot().getViewId();
        String target = request.getQueryString() != null
                ? request.getContextPath() + viewId + "?" + request.getQueryString()
                : context.getApplication().getViewHandler().getRedirectURL(context, viewId, Map.of(), true);
        context.getExternalContext().redirect(target);
    }

    public String getDisplayName() {
        String user = remoteUser();
        return user == null
                ? ""
                : accounts.byUsername(user).map(u -> u.getDisplayName()).orElse(user);
    }

    public void logout() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException ignored) {
            // the session is invalidated below all the same
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        context.getExternalContext().redirect(request.getContextPath() + "/login.xhtml");
    }

    private static String remoteUser() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? null : context.getExternalContext().getRemoteUser();
    }
}
