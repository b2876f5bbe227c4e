package org.aftersales.web.api;

import java.util.Locale;
import org.aftersales.notification.Notification;

/** A notification of the caller's inbox, its text in the language asked for (zh-CN by default, en). */
public class NotificationDto {

    public long id;
    public String kind;
    public Long caseId;
    public String caseNumber;
    public String text;
    public String notifiedAt;
    public String readAt;
    public boolean read;

    static NotificationDto of(Notification notification, Locale locale) {
        NotificationDto dto = new NotificationDto();
        dto.id = notification.getId();
        dto.kind = notification.getKind().name();
        dto.caseId = notification.getServiceCaseId();
        dto.caseNumber = notification.getCaseNumber();
        dto.text = notification.text(locale);
        dto.notifiedAt = ApiInstants.format(notification.getNotifiedAt());
        dto.readAt = ApiInstants.format(notification.getReadAt());
        dto.read = notification.isRead();
        return dto;
    }
}
