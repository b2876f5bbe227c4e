package org.aftersales.webhook;

/** Where a queued event stands for one subscription (issue 17). */
public enum DeliveryStatus {
    /** Not acknowledged yet: tried again with back-off; holds back later events of the same resource. */
    PENDING,
    /** The receiver answered 2xx: not sent again. */
    DELIVERED,
    /** 24 h of attempts failed: on the dead-letter list until an administrator retries it. */
    DEAD
}
