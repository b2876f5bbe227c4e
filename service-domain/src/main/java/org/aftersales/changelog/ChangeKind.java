package org.aftersales.changelog;

/**
 * What the change log tells the ERP (issue 17, "Events to the ERP"). Each names the resource it concerns by its API
 * path ({@link ChangeEvent#getResource()}).
 */
public enum ChangeKind {
    /** R-S1: a call was registered ({@code cases/{id}}). */
    CASE_REGISTERED,
    /** A case was closed ({@code cases/{id}}). */
    CASE_CLOSED,
    /** R-S3/R-S5/R-S6: a clock passed its due time unmet, noticed by the breach sweep ({@code cases/{id}}). */
    SLA_BREACHED,
    /** R-P: the owner accepted the paid-service quotation ({@code cases/{id}/quotation}). */
    QUOTATION_ACCEPTED,
    /** R-P: the paid service was settled: the invoice is due ({@code cases/{id}/quotation}). */
    PAID_SERVICE_SETTLED,
    /** R-C1: the general manager approved a project's cost plan ({@code projects/{id}/cost-plan}). */
    COST_PLAN_APPROVED,
    /** R-C5: a project retention fell due — the company may now apply for its return ({@code project-retentions/{id}}). */
    RETENTION_DUE,
    /**
     * R-C8: the owner left the return application and the reminder unanswered and is deemed to have accepted it
     * ({@code project-retentions/{id}}).
     */
    RETENTION_DEEMED_ACCEPTED,
    /** R-C5/R-C8: the owner paid the project retention in full ({@code project-retentions/{id}}). */
    RETENTION_PAID,
    /** R-O3: the month's report to the general manager was archived ({@code reports/monthly/{yyyy-MM}.xlsx}). */
    MONTHLY_REPORT_ARCHIVED
}
