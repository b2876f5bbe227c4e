package org.aftersales.paidservice;

/** How the owner accepted a quotation (R-C6: the owner is told in advance and agrees before work starts). */
public enum AcceptanceMeans {
    /** The owner signed or stamped the printed quotation. */
    SIGNED_QUOTATION,
    /** A letter or fax with the owner's stamp. */
    LETTER,
    /** An e-mail from the owner's responsible person. */
    EMAIL,
    /** Agreed on the phone; to be confirmed in writing. */
    PHONE
}
