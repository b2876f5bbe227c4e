package org.aftersales.servicecase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What is recorded when work cannot be done on site (R-S9): what kind of support, who consented when, when leadership
 * was told, the service-book entry, and the responsibility split in percent.
 */
public record FactoryReturnData(
        SupportKind kind,
        String consentBy,
        Instant consentAt,
        Instant leadershipReportedAt,
        String bookEntryNumber,
        LocalDate bookEntryDate,
        String bookEntryText,
        BigDecimal companyShare,
        BigDecimal subcontractorShare,
        BigDecimal designShare,
        BigDecimal ownerShare) {}
