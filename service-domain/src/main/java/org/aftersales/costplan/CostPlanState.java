package org.aftersales.costplan;

/**
 * Where an after-sales cost plan stands (R-C1, 第四章第二条5: "经审批后执行"). The specialist drafts and submits; a
 * leader approves or rejects with a reason; a rejected plan is revised and submitted again. Only an approved plan is
 * in execution.
 */
public enum CostPlanState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED;

    /** The specialist may still change the lines: while drafting, or revising after a rejection. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }
}
