package org.aftersales.web.api;

import java.util.List;

/** The body of POST /api/cases/{id}/dispatch-proposal (R-S6): whom to send, for which window; {@code at} defaults to now. */
public class DispatchProposalDto {
    public List<Long> engineerIds;
    public String plannedFrom;
    public String plannedTo;
    public String at;
    /** Why an act claimed longer ago than the policy's late-entry bound (24 h) is entered only now; required then. */
    public String lateReason;
}
