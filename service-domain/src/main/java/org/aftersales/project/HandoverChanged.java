package org.aftersales.project;

/**
 * A project's handover dates were recorded or changed (R-L1): fired inside the saving transaction and observed there,
 * so what is derived from the dates and stored (the next owner contact's due date, R-F2) moves with them in the same
 * commit.
 */
public record HandoverChanged(Project project) {}
