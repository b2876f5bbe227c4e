package org.aftersales.servicecase;

/** What happened to a case, as its timeline shows it (who, when, what). */
public enum CaseEventKind {
    REGISTERED,
    /** A call during construction: forwarded to the project department (R-L3). */
    FORWARDED_TO_PROJECT_DEPARTMENT,
    CLOCK_STARTED,
    REPLY_RECORDED,
    LEADER_REPORT_RECORDED,
    ON_SITE_CONFIRMED,
    ARRIVAL_CLOCK_PAUSED,
    ARRIVAL_CLOCK_RESUMED,
    ARRIVAL_RECORDED,
    CLASSIFICATION_OVERRIDDEN,
    /** R-S2: routed again to the parties of the new responsibility (R-L5), who were notified. */
    ROUTED,
    CRISIS_FLAGGED,
    /** R-S6: the after-sales specialist proposed whom to send, for a planned window. */
    DISPATCH_PROPOSED,
    /** R-S6: the division leader or the general manager approved the dispatch and decided whom. */
    DISPATCH_APPROVED,
    /** R-S6: the proposal was rejected, with the reason. */
    DISPATCH_REJECTED,
    /** R-S7: the arrival time and the owner's cooperation were agreed with the owner. */
    VISIT_AGREED,
    /** R-S7: the safety rules were acknowledged before the work. */
    SAFETY_ACKNOWLEDGED,
    /** R-S7: the work done, the parts used and the result were recorded. */
    WORK_DONE_RECORDED,
    /**
     * Issue 16, on site: the work stopped to wait for parts (等待备件), with what is awaited; a timeline entry only —
     * no clock pauses or stops ({@link ServiceCase#recordWorkInterruption}).
     */
    WORK_WAITING_FOR_PARTS,
    /** Issue 16, on site: the work stopped to wait for the owner (等待业主), with why; a timeline entry only. */
    WORK_WAITING_FOR_OWNER,
    /** R-S8: the owner-side responsible person signed or stamped the service report. */
    SERVICE_REPORT_SIGNED,
    /** R-S8: the customer signed the repair dispatch ticket. */
    DISPATCH_TICKET_SIGNED,
    /** R-S8: both papers are signed: the case may close. */
    SIGNED_OFF,
    /** R-S8: a correction to the signed service report. */
    SERVICE_REPORT_AMENDED,
    /** R-S9: a return to the factory, a replacement or other support, with consent, report and service-book entry. */
    FACTORY_RETURN_RECORDED,
    /** R-S12: a cost was booked against the case. */
    COST_RECORDED,
    /** R-S12: the engineer's trip report. */
    TRIP_REPORT_FILED,
    /** R-S12: the supervising leader assessed workload, service quality and cost control. */
    SERVICE_ASSESSED,
    /** R-S2: forwarded to an equipment supplier or subcontractor. */
    FORWARDED_TO_SUPPLIER,
    /** R-S2: the supplier answered. */
    SUPPLIER_ANSWERED,
    /** R-S10: the complaint was handed off to the Design Department or a subcontractor. */
    COMPLAINT_HANDED_OFF,
    /** R-S10: a hand-off was answered. */
    COMPLAINT_ANSWERED,
    /** R-S10: the owner was told how the matter stands. */
    OWNER_INFORMED,
    /** Issue 16: a link for the owner's contact was made (any earlier one revoked); the token is not kept. */
    OWNER_LINK_MADE,
    /** The owner's links were revoked (issue 16). */
    OWNER_LINK_REVOKED,
    CLOSED,
    CANCELLED,
    /** R-C6: a quotation of paid service was made, or revised before the owner accepted it. */
    QUOTATION_MADE,
    /** R-C6: the owner accepted the quotation; work may start. */
    QUOTATION_ACCEPTED,
    /** R-C6: the paid service was settled after completion. */
    PAID_SERVICE_SETTLED,
    /** R-C6: the VAT invoice was issued. */
    INVOICE_ISSUED,
    /** R-C6: the owner's payment was received. */
    PAYMENT_RECEIVED;

    /**
     * Whether a line of this kind is a step in the case's own sequence of acts, which a later act may not claim to
     * precede ({@link LateEntryRule}). Lines written at the moment of entry on behalf of other records — a cost booked,
     * a step of paid service, a correction of the signed report, the trip report, a classification override — and the
     * factory return, whose times are stated facts checked on their own, do not set the order.
     */
    public boolean isSequencedAct() {
        return switch (this) {
            case CLASSIFICATION_OVERRIDDEN,
                    COST_RECORDED,
                    OWNER_LINK_MADE,
                    OWNER_LINK_REVOKED,
                    SERVICE_REPORT_AMENDED,
                    TRIP_REPORT_FILED,
                    FACTORY_RETURN_RECORDED -> false;
            default -> !isPaidServiceStep();
        };
    }

    /** Whether this is a step of paid service, recorded by the quotation's use cases. */
    public boolean isPaidServiceStep() {
        return switch (this) {
            case QUOTATION_MADE, QUOTATION_ACCEPTED, PAID_SERVICE_SETTLED, INVOICE_ISSUED, PAYMENT_RECEIVED -> true;
            default -> false;
        };
    }
}
