package org.aftersales.paidservice;

import org.aftersales.policy.PolicyKey;

/**
 * What a quotation line charges for (R-C6): goods and repair carry 13 % VAT by default, technical services 6 % — the
 * defaults are policy parameters, and a line may state its own rate.
 */
public enum LineKind {
    /** Spare parts, materials and repair work (货物及修理修配劳务). */
    PARTS_AND_REPAIR(PolicyKey.VAT_RATE_GOODS_PERCENT),
    /** Technical services: commissioning, inspection, advice (技术服务). */
    TECHNICAL_SERVICE(PolicyKey.VAT_RATE_SERVICES_PERCENT);

    private final PolicyKey defaultVatRate;

    LineKind(PolicyKey defaultVatRate) {
        this.defaultVatRate = defaultVatRate;
    }

    /** The policy parameter holding this kind's default VAT rate. */
    public PolicyKey defaultVatRate() {
        return defaultVatRate;
    }
}
