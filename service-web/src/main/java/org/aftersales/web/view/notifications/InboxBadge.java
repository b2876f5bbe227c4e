package org.aftersales.web.view.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aftersales.notification.NotificationService;

/** The unread count on the top bar's inbox link, read once per request. */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** "99+" beyond 99, so that the badge keeps its size. */
    public String getLabel() {
        long count = getUnread();
        return count > 99 ? "99+" : String.valueOf(count);
    }
}
