package org.aftersales.web.view.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.notification.Notification;
import org.aftersales.notification.NotificationService;
import org.aftersales.notification.NotificationTexts;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.PageRequest;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.primefaces.PrimeFaces;

/**
 * notifications/inbox.xhtml: the caller's portal notifications — urgent cases and leadership reports (R-S2), missed
 * deadlines and their escalation from the breach sweep (R-S5), crises (R-S11) — unread first, newest first, paged in
 * the database; each one marked read, or all of them, and linked to its case. Every logged-in user has an inbox.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService notifications;

    @Inject
    UserSession session;

    private final PagedModel<Notification> model = new PagedModel<>(this::load);

    private org.aftersales.shared.Page<Notification> load(PageRequest request) {
        // The inbox has one order: unread first, newest first (the table offers no other sort).
        return notifications.inbox(new PageRequest(request.offset(), request.size(), null, false));
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
