package org.aftersales.policy;

/**
 * A policy number was changed (R-O2): fired inside the changing transaction and observed there, so what is derived
 * from the number and stored (the due date of a first owner contact, R-F2) follows it in the same commit.
 */
public record PolicyChanged(PolicyKey key) {}
