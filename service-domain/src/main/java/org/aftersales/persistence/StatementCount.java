package org.aftersales.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How many SQL statements the current thread sent to the database since it was last asked: the scale issue's budget
 * of statements per request ("at most 4 SQL statements per request", a bounded number on "my work") is measured with
 * it. EclipseLink announces every call it executes ({@link Listener}); a cache hit sends none and counts none.
 *
 * <p>Per thread, because a request is served on one thread from authentication to the last byte; the web layer takes
 * the count when the request ends ({@code ServerTimingFilter}).
 */
public final class StatementCount {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private StatementCount() {}

    /** The statements sent by this thread since the last {@link #takeAndReset()}. */
    public static long current() {
        return COUNT.get()[0];
    }

    /** The statements sent by this thread since the last call, and starts counting again from zero. */
    public static long takeAndReset() {
        long[] count = COUNT.get();
        long taken = count[0];
        count[0] = 0;
        return taken;
    }

    /** Counts each call EclipseLink executes against the database. */
    static final class Listener extends SessionEventAdapter {
        @Override
        public void postExecuteCall(SessionEvent event) {
            COUNT.get()[0]++;
        }
    }
}
