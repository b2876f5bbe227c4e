package org.aftersales.servicecase;

/**
 * A clock's state at an instant (issue 3, Clocks). BREACHED as soon as the instant passes the due time unmet, and it
 * stays BREACHED when met later; MET only when met in time.
 */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED
}
