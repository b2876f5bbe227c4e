package org.aftersales.servicecase;

/**
 * What kind of service a case is (R-L3): decided by {@link ServiceClassifier} from the project's handover dates, the
 * equipment item's warranty and the service contracts on the day the call was received; overridable with a reason.
 */
public enum ServiceClass {
    /** Before provisional handover: recorded, forwarded to the project department, no after-sales clocks. */
    CONSTRUCTION_PHASE(false),
    /** Provisional handover ≤ day < formal handover (trial operation): handover-period defect. */
    HANDOVER_DEFECT(true),
    /** Formal handover ≤ day ≤ warranty end: free warranty service. */
    WARRANTY(true),
    /** After the warranty, a maintenance contract or technical-support agreement covers the call: free. */
    CONTRACT(true),
    /** After the warranty, no contract: paid at cost + 10 % (R-C6). */
    PAID(true);

    private final boolean afterSales;

    ServiceClass(boolean afterSales) {
        this.afterSales = afterSales;
    }

    /** Whether after-sales handles the case, with its clocks; a construction-phase call is the project's business. */
    public boolean isAfterSales() {
        return afterSales;
    }
}
