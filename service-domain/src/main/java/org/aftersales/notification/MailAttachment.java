package org.aftersales.notification;

import java.util.Objects;

/** A file sent with a mail (the monthly report's workbook, R-O3): its name as the recipient sees it, type and bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
