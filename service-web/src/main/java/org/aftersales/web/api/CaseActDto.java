package org.aftersales.web.api;

/**
 * The body of an act on a case: when it happened (RFC 3339 with an offset; now when absent), its text, and — for an act
 * claimed longer ago than the policy's late-entry bound (24 h by default) — why it is entered only now (API.md).
 */
public class CaseActDto {
    public String at;

    @MultiLine
    public String reason;

    @MultiLine
    public String answer;

    public String lateReason;
}
