package org.aftersales.retention;

/** How a return application or a reminder reached the other side (R-C8): its receipt starts the 14 days. */
public enum ReturnChannel {
    LETTER,
    EMAIL,
    FAX,
    BY_HAND
}
