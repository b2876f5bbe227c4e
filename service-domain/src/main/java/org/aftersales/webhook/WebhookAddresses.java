package org.aftersales.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.aftersales.shared.BusinessException;

/**
 * Where a webhook may send (issue 17: "http/https only; loopback, link-local and private addresses refused unless
 * {@code aftersales.webhooks.allow-private=true}"): a subscription must not turn the server into a way to reach the
 * company's internal network or the cloud's metadata service. Refused: loopback (127/8, ::1), the unspecified and
 * "this network" addresses (0.0.0.0/8, ::), link-local (169.254/16, fe80::/10), RFC 1918 private ranges (10/8,
 * 172.16/12, 192.168/16), IPv6 unique-local (fc00::/7) and site-local (fec0::/10) — also when a host name resolves to
 * one of them (every address it resolves to is checked, at subscription and again before each delivery).
 */
public final class WebhookAddresses {

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final int URL_LENGTH = 2000;

    private WebhookAddresses() {}

    /**
     * The subscription's address, checked: http or https with a host that resolves to public addresses only (unless
     * {@code allowPrivate}). Refuses on the field {@code url}.
     */
    public static URI check(String url, boolean allowPrivate, Resolver resolver) {
        if (url == null || url.isBlank()) {
            throw new BusinessException("url", "webhook.error.urlRequired");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            throw new BusinessException("url", "webhook.error.urlInvalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BusinessException("url", "webhook.error.urlScheme");
        }
        if (uri.getHost() == null
                || uri.getHost().isBlank()
                || uri.getRawUserInfo() != null
                || url.length() > URL_LENGTH) {
            throw new BusinessException("url", "webhook.error.urlInvalid");
        }
        if (!allowPrivate) {
            InetAddress[] addresses;
            try {
                addresses = resolver.resolve(uri.getHost());
            } catch (UnknownHostException unknown) {
                throw new BusinessException("url", "webhook.error.urlUnresolvable", uri.getHost());
            }
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw new BusinessException("url", "webhook.error.urlPrivate", address.getHostAddress());
                }
            }
        }
        return uri;
    }

    /** Whether {@code address} is one a webhook may not reach without {@code allow-private} (see the class comment). */
    public static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC; // fc00::/7, unique local
        }
        return bytes[0] == 0; // 0.0.0.0/8, "this network"
    }
}
