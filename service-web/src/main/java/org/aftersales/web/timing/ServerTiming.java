package org.aftersales.web.timing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.aftersales.persistence.StatementCount;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code Server-Timing} header of the scale issue's benchmarks: how long the application spent on a request and
 * how many SQL statements it sent, {@code Server-Timing: app;dur=12.345, stmt;desc="4"}. Off unless the system
 * property (or any MicroProfile Config source) {@code aftersales.server-timing} is {@code true}: the figures are for
 * measuring, not for every client to see.
 *
 * <p>The clock starts with the first application code that sees the request — the authentication mechanism, which
 * runs before any filter — and the count covers the statements since the thread's previous request ended, the
 * credential check's included.
 */
public final class ServerTiming {

    public static final String HEADER = "Server-Timing";

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    private static final boolean ENABLED = ConfigProvider.getConfig()
            .getOptionalValue("aftersales.server-timing", Boolean.class)
            .orElse(Boolean.FALSE);

    private ServerTiming() {}

    public static boolean enabled() {
        return ENABLED;
    }

    /** Marks the start of the request, once. */
    public static void start(HttpServletRequest request) {
        if (ENABLED && request.getAttribute(STARTED) == null) {
            request.setAttribute(STARTED, System.nanoTime());
        }
    }

    /** The header's value now: the time since {@link #start} and the statements counted so far. */
    public static String value(HttpServletRequest request) {
        Object started = request.getAttribute(STARTED);
        double millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000.0 : 0.0;
        return String.format(Locale.ROOT, "app;dur=%.3f, stmt;desc=\"%d\"", millis, StatementCount.current());
    }
}
