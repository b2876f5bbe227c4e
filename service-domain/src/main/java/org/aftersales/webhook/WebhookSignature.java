package org.aftersales.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on each webhook delivery (issue 17): {@code X-Aftersales-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>" under the subscription's secret>}. The time is signed with the body, so a receiver can
 * refuse a replayed delivery by its age; the README shows how to check it.
 */
public final class WebhookSignature {

    /** The header the signature travels in. */
    public static final String HEADER = "X-Aftersales-Signature";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The header's value for {@code body} sent at {@code unixSeconds} under {@code secret}. */
    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds + "." + body);
    }

    /** The lower-case hex HMAC-SHA256 of {@code message} (UTF-8) under {@code secret} (UTF-8). */
    static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
