package org.aftersales.followup;

import java.time.LocalDate;

/** The visit report of a return visit (回访记录, R-F3): when, who went, what was found, what the owner said. */
public record ReturnVisitReport(LocalDate visitDate, String participants, String findings, String ownerOpinion) {}
