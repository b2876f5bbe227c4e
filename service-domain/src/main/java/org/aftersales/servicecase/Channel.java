package org.aftersales.servicecase;

/**
 * How a call reached the company (R-S1; 第四章第四条1–2: the published service hotline, telephone, fax, e-mail,
 * letter, a visit). Nothing received goes unrecorded, whatever the channel.
 */
public enum Channel {
    PHONE,
    FAX,
    EMAIL,
    /** The published service hotline (服务热线). */
    HOTLINE,
    LETTER,
    /** The owner or a project department came in person (来访). */
    VISIT,
    /** Entered by the owner or the ERP through the portal or the API. */
    WEB
}
