package org.aftersales.staff;

/**
 * The four skills every after-sales engineer must have (第四章3.1, 必须具备; R-S6, R-K4). The dispatcher sees
 * them; an engineer lacking one is flagged for training.
 */
public enum Qualification {
    MECHANICAL_INSTALLATION,
    MECHANICAL_COMMISSIONING,
    ELECTRICAL_COMMISSIONING,
    INSTRUMENTATION_CONTROL_COMMISSIONING
}
