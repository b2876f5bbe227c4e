package org.aftersales.subcontractor;

/** What a person or the ERP enters about a subcontractor or supplier (R-B1). */
public record SubcontractorData(
        String name, SubcontractorKind kind, String contactPerson, String phone, String email, String address) {}
