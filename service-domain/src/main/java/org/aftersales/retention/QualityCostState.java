package org.aftersales.retention;

/** R-C4: a quality cost is registered by after-sales, then confirmed (and deducted) or rejected by Engineering. */
public enum QualityCostState {
    REGISTERED,
    CONFIRMED,
    REJECTED
}
