package org.aftersales.retention;

/** One line of the company's own R-C8 work list: a subcontractor's application and the company's deadline. */
public record SubcontractorReturnRow(SubcontractorRetention retention, ReturnStatus status) {}
