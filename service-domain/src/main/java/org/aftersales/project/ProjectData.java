package org.aftersales.project;

import java.time.LocalDate;
import org.aftersales.shared.Money;

/**
 * What a person or the ERP enters about a project. Derived values (phase, warranty end) and audit fields are not
 * part of it, so they can never be set from outside (API.md, Updates).
 *
 * @param ownerName an owner of that name is reused, else created
 * @param warrantyMonths {@code null} takes the policy default in force at creation (R-O2)
 * @param ownerExternalId the owner by the ERP's key (issue 17); when given, {@code ownerName} is not read
 */
public record ProjectData(
        String code,
        String name,
        String ownerName,
        String contractNumber,
        Money settledContractPrice,
        String site,
        Long projectDepartmentId,
        String commissioningLead,
        LocalDate provisionalHandoverDate,
        LocalDate formalHandoverDate,
        LocalDate completionAcceptanceDate,
        Integer warrantyMonths,
        String ownerExternalId) {}
