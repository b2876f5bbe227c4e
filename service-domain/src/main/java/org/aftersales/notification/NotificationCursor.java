package org.aftersales.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.aftersales.shared.BusinessException;

/**
 * Where a page of a user's notifications continues: the last one's time and id, and whether the list was of the unread
 * ones only (a cursor of the other list is refused, not misread). Opaque to clients: base64url.
 */
record NotificationCursor(Instant notifiedAt, long id) {

    static String encode(Notification last, boolean unreadOnly) {
        String plain = "n1|" + (unreadOnly ? 'u' : 'a') + '|' + last.getNotifiedAt() + '|' + last.getId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code token} for the list asked ({@code unreadOnly}), or a refusal naming {@code after}. */
    static NotificationCursor decode(String token, boolean unreadOnly) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !parts[0].equals("n1")) {
                throw new IllegalArgumentException(token);
            }
            if (!parts[1].equals(unreadOnly ? "u" : "a")) {
                throw new BusinessException("after", "list.error.cursorMismatch");
            }
            return new NotificationCursor(Instant.parse(parts[2]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw new BusinessException("after", "list.error.cursorMalformed");
        }
    }
}
