package org.aftersales.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The name of whoever acts now, for audit stamps: the logged-in caller, or {@link #SYSTEM} for start-up work,
 * scheduled jobs and code running outside a container.
 */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private CurrentUser() {}

    public static String name() {
        String override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        try {
            Principal principal =
                    CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException noRequestOrNoContainer) {
            return SYSTEM;
        }
    }

    /** Runs work on behalf of a named actor (a scheduled job, the demo seeder). */
    public static void runAs(String actor, Runnable work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
