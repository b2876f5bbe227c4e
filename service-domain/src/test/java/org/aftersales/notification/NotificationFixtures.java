package org.aftersales.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.staff.Caller;
import org.aftersales.testing.RecordingEvent;

/** The notification service wired by hand, as the container would inject it. */
public final class NotificationFixtures {

    private NotificationFixtures() {}

    /** Notifications on {@code em}; the mails they would send after the commit are recorded in {@code mails}. */
    public static NotificationService notificationService(
            EntityManager em, Caller caller, Clock clock, RecordingEvent<OutgoingMail> mails) {
        NotificationService service = new NotificationService();
        service.em = em;
        service.caller = caller;
        service.clock = clock;
        service.mail = mails;
        return service;
    }
}
