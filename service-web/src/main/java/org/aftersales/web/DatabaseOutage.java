package org.aftersales.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database is away — restarted, the network cut, the pool exhausted — from a defect
 * (robustness issue, item 1). Such a request is answered 503 with {@code Retry-After} (problem+json for the API, a
 * static page for the portal), never 500: the caller may try again in a few seconds, and nothing was stored. The pool
 * validates each connection before lending it (DataSourceConfig), so the first request after the database is back
 * gets a fresh connection.
 */
public final class DatabaseOutage {

    /** What {@code Retry-After} says: the pool validates and reconnects within this. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {}

    /**
     * Whether {@code thrown}, or one of its causes, says the database could not be reached: an SQL state of class 08
     * (connection exception) or 57P (PostgreSQL: shut down, cannot connect now), a connection refused, the pool
     * unable to allocate a connection (Payara's {@code PoolingException}, the connector's
     * {@code ResourceAllocationException}), or the commit failed by the database ({@code XAException},
     * {@code LocalTransactionException}): not acknowledged, so the caller may try again.
     */
    public static boolean causedBy(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof javax.transaction.xa.XAException) {
                return true; // the database failed the commit (Payara: "LocalTransactionException: connection closed")
            }
            String type = cause.getClass().getName();
            if (type.endsWith(".PoolingException")
                    || type.endsWith(".ResourceAllocationException")
                    || type.endsWith(".LocalTransactionException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
