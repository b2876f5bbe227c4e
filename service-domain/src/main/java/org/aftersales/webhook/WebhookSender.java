package org.aftersales.webhook;

import java.net.URI;

/** Sends one signed delivery and says what the receiver answered ({@link HttpWebhookSender} in production). */
@FunctionalInterface
public interface WebhookSender {

    /** What came back: the HTTP status, or {@code statusCode} null and the error when nothing came back. */
    record Answer(Integer statusCode, String error) {

        /** 2xx: the receiver acknowledged the event (issue 17). */
        public boolean acknowledged() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    Answer post(URI url, String signature, String body);
}
