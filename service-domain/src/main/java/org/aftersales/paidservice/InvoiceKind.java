package org.aftersales.paidservice;

/** The VAT invoice issued for paid service (R-C6; GLOSSARY 专票 / 普票). */
public enum InvoiceKind {
    /** 增值税专用发票: the owner may deduct the input VAT. */
    SPECIAL_VAT,
    /** 增值税普通发票. */
    ORDINARY_VAT
}
