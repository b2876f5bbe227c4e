package org.aftersales.subcontractor;

/** What is entered when a subcontractor or supplier is put on a project's register (R-B1). */
public record ProjectSubcontractorData(String scopeOfSupply, String siteContactPerson, String phone) {}
