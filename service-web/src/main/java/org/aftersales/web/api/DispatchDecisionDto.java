package org.aftersales.web.api;

import java.util.List;

/**
 * The body of POST /api/cases/{id}/dispatch-approval (R-S6): approve — sending {@code engineerIds}, or those proposed
 * when absent — or reject with a {@code reason}.
 */
public class DispatchDecisionDto {
    public Boolean approve;
    public List<Long> engineerIds;

    @MultiLine
    public String reason;

    public String at;
    /** Why an act claimed longer ago than the policy's late-entry bound (24 h) is entered only now; required then. */
    public String lateReason;
}
