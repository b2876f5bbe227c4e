package org.aftersales.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of POST /api/cases/{id}/factory-return (R-S9): kind (FACTORY_RETURN by default, REPLACEMENT, OTHER_SUPPORT),
 * the customer's consent, the report to leadership, the service-book entry and the responsibility split in percent.
 */
public class FactoryReturnDto {
    public String kind;
    public String consentBy;
    public String consentAt;
    public String leadershipReportedAt;
    public BookEntryDto bookEntry;
    public SplitDto split;

    public static class BookEntryDto {
        public String number;
        public LocalDate date;
        public String text;
    }

    /** Percentages (10 means 10 %) that sum to 100. */
    public static class SplitDto {
        public BigDecimal company;
        public BigDecimal subcontractor;
        public BigDecimal design;
        public BigDecimal owner;
    }
}
