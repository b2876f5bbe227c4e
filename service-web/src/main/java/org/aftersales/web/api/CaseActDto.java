package org.aftersales.web.api;

/** The body of an act on a case: when it happened (RFC 3339 with an offset; now when absent), and its text. */
public class CaseActDto {
    public String at;

    @MultiLine
    public String reason;

    @MultiLine
    public String answer;
}
