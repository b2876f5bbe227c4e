package org.aftersales.web.view.notifications;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.notification.Notification;
import org.aftersales.notification.NotificationKind;
import org.aftersales.notification.NotificationService;
import org.aftersales.notification.NotificationTexts;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.PageRequest;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * notifications/inbox.xhtml: the caller's portal notifications — urgent cases and leadership reports (R-S2), missed
 * deadlines and their escalation from the breach sweep (R-S5), crises (R-S11) — unread first, newest first, paged in
 * the database; each one marked read, or all of them, and linked to its case. Every logged-in user has an inbox.
 * The table sorts by time or by kind and filters to the unread ones or to one kind — all in the database.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService notifications;

    @Inject
    UserSession session;

    private boolean unreadOnly;
    private NotificationKind kind;

    private final PagedModel<Notification> model = new PagedModel<>(this::load);

    /** Unsorted, the service's order: unread first, newest first. */
    private org.aftersales.shared.Page<Notification> load(PageRequest request) {
        return notifications.inbox(unreadOnly, kind, request);
    }

    /** A filter changed: back to the first page, which the filtered list surely has. */
    public void filtered() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("inbox:notifications");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public NotificationKind[] getKinds() {
        return NotificationKind.values();
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public void setKind(NotificationKind kind) {
        this.kind = kind;
    }

    public PagedModel<Notification> getModel() {
        return model;
    }

    /** The text in the user's language, as it was written when the notification was made. */
    public String text(Notification notification) {
        return notification.text(session.isEnglish() ? NotificationTexts.ENGLISH : NotificationTexts.CHINESE);
    }

    public void markRead(Notification notification) {
        try {
            notifications.markRead(notification.getId());
        } catch (NotFoundException gone) {
            // Another user's or no longer there: nothing to mark; the table is read again below.
        }
        PrimeFaces.current().ajax().update("inbox", "topbar:inbox-link");
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        Pages.info("inbox.allMarked", marked);
        PrimeFaces.current().ajax().update("inbox", "messages", "topbar:inbox-link");
    }

    public long getUnread() {
        return notifications.unreadCount();
    }
}
