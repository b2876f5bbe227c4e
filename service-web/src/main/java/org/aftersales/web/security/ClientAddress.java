package org.aftersales.web.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address for the public endpoints' rate limits (issue 16, Tokens): the request's remote address, or the
 * first entry of {@code X-Forwarded-For} only when the request comes from a configured proxy — otherwise anyone could
 * name a new address with each request and escape the limit.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The trusted proxies of a comma-separated setting (exact addresses, as the container reports them). */
    public static Set<String> proxies(String setting) {
        if (setting == null) {
            return Set.of();
        }
        return Arrays.stream(setting.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client of a request from {@code remoteAddress} carrying {@code forwardedFor} (or {@code null}). */
    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String first = forwardedFor.split(",", 2)[0].trim();
        return first.isEmpty() ? remoteAddress : first;
    }
}
