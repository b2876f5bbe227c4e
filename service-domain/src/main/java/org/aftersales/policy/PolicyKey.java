package org.aftersales.policy;

import java.math.BigDecimal;

/**
 * The numbers of the regulation that the company may change (R-O2). They are defaults, not constants: each is
 * read when its rule starts (a clock, a project's warranty, a quotation) and fixed there, so a later edit never
 * moves a deadline or a price that already exists.
 */
public enum PolicyKey {
    /** 第三章2(2): reply to the owner within 24 h when on-site work is needed (R-S3). */
    REPLY_HOURS("24", Unit.HOURS),
    /** 第三章2(1): major matters clarified and reported to the division leader within 24 h (R-S4). */
    MAJOR_MATTER_HOURS("24", Unit.HOURS),
    /** 第三章2(2): on site within 72 h of the confirmation that on-site work is needed (R-S5). */
    ARRIVAL_HOURS("72", Unit.HOURS),
    /** 第二章: free warranty of 12 months from formal handover (R-L1). */
    WARRANTY_MONTHS("12", Unit.MONTHS),
    /** 第四章2.3: contact every owner every two weeks (R-F2). */
    FOLLOW_UP_DAYS("14", Unit.DAYS),
    /** 第四章2.5: the cost plan within one month of provisional handover (R-C1). */
    COST_PLAN_MONTHS("1", Unit.MONTHS),
    /** 第四章4.7: paid service at cost plus 10 % (R-C6). */
    MARKUP_PERCENT("10", Unit.PERCENT),
    /** VAT on goods and repair (R-C6). */
    VAT_RATE_GOODS_PERCENT("13", Unit.PERCENT),
    /** VAT on technical services (R-C6). */
    VAT_RATE_SERVICES_PERCENT("6", Unit.PERCENT),
    /** Late payment of retention: by default the one-year LPR (R-C8). */
    LATE_PAYMENT_RATE_PERCENT("3.00", Unit.PERCENT),
    /**
     * How far back an act on a case may be dated without a reason (Robustness issue: "a back-dated arrival can no
     * longer turn a breach into 'met' unseen"): a claim older than this when entered needs a late reason and is marked
     * late ({@link org.aftersales.servicecase.LateEntryRule}).
     */
    LATE_ENTRY_HOURS("24", Unit.HOURS);

    public enum Unit {
        HOURS,
        DAYS,
        MONTHS,
        PERCENT
    }

    private final BigDecimal defaultValue;
    private final Unit unit;

    PolicyKey(String defaultValue, Unit unit) {
        this.defaultValue = new BigDecimal(defaultValue);
        this.unit = unit;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    public Unit unit() {
        return unit;
    }

    /** Whole numbers for hours, days and months; percentages may have decimals. */
    public boolean isWholeNumber() {
        return unit != Unit.PERCENT;
    }
}
