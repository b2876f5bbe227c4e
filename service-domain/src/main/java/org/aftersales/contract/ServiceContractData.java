package org.aftersales.contract;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a person or the ERP enters about a service contract (R-L4).
 *
 * @param validTo the last day in force (inclusive)
 * @param arrivalHours the contract's own on-site arrival limit (1..720 h), {@code null} for the policy default
 * @param equipmentItemIds the covered items of the same project; {@code null} or empty covers the whole project
 */
public record ServiceContractData(
        long projectId,
        ServiceContractKind kind,
        String number,
        LocalDate validFrom,
        LocalDate validTo,
        Integer arrivalHours,
        Set<Long> equipmentItemIds) {}
