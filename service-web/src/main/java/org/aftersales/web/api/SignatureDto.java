package org.aftersales.web.api;

/**
 * The body of POST /api/cases/{id}/service-report/sign and /dispatch-ticket/sign (R-S8): the signature drawn on screen
 * ({@code signature}, a {@code data:image/png;base64,…} URL) or the stamped paper scanned ({@code scanBase64} with
 * {@code scanContentType} image/png, image/jpeg or application/pdf) — one of the two.
 */
public class SignatureDto {
    /** Service report: the owner-side responsible person. */
    public String signerName;
    /** Service report: OWNER_PROJECT_MANAGER, OWNER_OPERATIONS_SUPERVISOR, PROJECT_DEPARTMENT_MANAGER or OTHER. */
    public String signerRole;
    /** Service report: required when the role is OTHER. */
    public String signerTitle;
    /** Dispatch ticket: the customer who signs. */
    public String customerName;

    public String signature;

    @MultiLine
    public String scanBase64;

    public String scanContentType;
    public String at;
    /** Why an act claimed longer ago than the policy's late-entry bound (24 h) is entered only now; required then. */
    public String lateReason;
}
