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

    /** The most the badge counts; beyond it says "99+". */
    private static final int SHOWN = 99;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(SHOWN + 1);
        }
        return unread;
    }

    /** "99+" beyond 99, so that the badge keeps its size. */
    public String getLabel() {
        long count = getUnread();
        return count > SHOWN ? SHOWN + "+" : String.valueOf(count);
    }
}
