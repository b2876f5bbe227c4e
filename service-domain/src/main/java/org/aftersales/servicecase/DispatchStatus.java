package org.aftersales.servicecase;

/**
 * Where a dispatch stands (R-S6): the after-sales specialist PROPOSED whom to send; the division leader or the general
 * manager APPROVED it — only then are the engineers booked for the planned window — or REJECTED it, with the reason,
 * and the specialist may propose again.
 */
public enum DispatchStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
