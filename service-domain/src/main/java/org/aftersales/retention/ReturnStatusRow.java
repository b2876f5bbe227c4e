package org.aftersales.retention;

/** One line of the R-C8 work list: the retention and where its return procedure stands. */
public record ReturnStatusRow(ProjectRetention retention, ReturnStatus status) {}
