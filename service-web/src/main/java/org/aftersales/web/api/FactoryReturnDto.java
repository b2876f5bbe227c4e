package org.aftersales.web.api;

import jakarta.validation.constraints.Digits;
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

        @MultiLine
        public String text;
    }

    /** Percentages (10 means 10 %) that sum to 100. */
    public static class SplitDto {
        @Digits(integer = 3, fraction = 2) // factory_return.*_share DECIMAL(5,2)
        public BigDecimal company;

        @Digits(integer = 3, fraction = 2)
        public BigDecimal subcontractor;

        @Digits(integer = 3, fraction = 2)
        public BigDecimal design;

        @Digits(integer = 3, fraction = 2)
        public BigDecimal owner;
    }
}
