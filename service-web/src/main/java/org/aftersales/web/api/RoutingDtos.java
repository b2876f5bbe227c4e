package org.aftersales.web.api;

/** Bodies of the routing and complaint acts on a case (R-S2, R-S10): instants RFC 3339 with an offset, now when absent. */
public final class RoutingDtos {

    private RoutingDtos() {}

    /** {@code POST /cases/{id}/supplier-forwarding}. */
    public static class ForwardingDto {
        public Long subcontractorId;
        public String at;
        /** Required when {@code at} is older than the policy's late-entry bound (24 h). */
        public String lateReason;
    }

    /** {@code POST …/supplier-forwarding/{fid}/answer} and {@code …/complaint-handoffs/{hid}/answer}. */
    public static class AnswerDto {
        @MultiLine
        public String answer;

        public String at;
        /** Required when {@code at} is older than the policy's late-entry bound (24 h). */
        public String lateReason;
    }

    /** {@code POST /cases/{id}/complaint-handoffs}: {@code to} DESIGN or SUBCONTRACTOR (then with its id). */
    public static class HandoffDto {
        public String to;
        public Long subcontractorId;
        public String subject;
        public String at;
        /** Required when {@code at} is older than the policy's late-entry bound (24 h). */
        public String lateReason;
    }

    /** {@code POST /cases/{id}/owner-updates}. */
    public static class OwnerUpdateDto {
        @MultiLine
        public String text;

        public String at;
        /** Required when {@code at} is older than the policy's late-entry bound (24 h). */
        public String lateReason;
    }
}
