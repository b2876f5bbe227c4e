package org.aftersales.web.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractData;
import org.aftersales.contract.ServiceContractKind;
import org.aftersales.project.EquipmentItem;
import org.aftersales.shared.BusinessException;

/**
 * A maintenance contract or technical-support agreement (R-L4). {@code kind} is {@code MAINTENANCE_CONTRACT} or
 * {@code TECHNICAL_SUPPORT_AGREEMENT}; {@code validTo} is the last day in force; an empty {@code equipmentItemIds}
 * covers the whole project; {@code arrivalHours} (1..720) overrides the policy's on-site arrival limit, absent keeps
 * it. {@code projectId} is fixed at creation; {@code version} must come back with a PUT.
 */
public class ServiceContractDto {

    public Long id;
    public long version;
    /** The ERP's key (issue 17): set by {@code PUT /service-contracts/by-external-id/{externalId}} (and a sync record). */
    public String externalId;

    public Long projectId;
    /** The project by the ERP's key (issue 17); in a body it stands for {@code projectId}. */
    public String projectExternalId;

    public String projectCode;
    public String kind;
    public String number;
    public LocalDate validFrom;
    public LocalDate validTo;
    public List<Long> equipmentItemIds;
    /**
     * The covered items by the ERP's keys (issue 17); in a body it stands for {@code equipmentItemIds}. Read, it lists
     * the keys of the covered items that have one.
     */
    public List<String> equipmentExternalIds;

    public Integer arrivalHours;

    static ServiceContractDto of(ServiceContract contract) {
        ServiceContractDto dto = new ServiceContractDto();
        dto.id = contract.getId();
        dto.version = contract.getVersion();
        dto.externalId = contract.getExternalId();
        dto.projectId = contract.getProject().getId();
        dto.projectExternalId = contract.getProject().getExternalId();
        dto.projectCode = contract.getProject().getCode();
        dto.kind = ApiEnums.name(contract.getKind());
        dto.number = contract.getNumber();
        dto.validFrom = contract.getValidFrom();
        dto.validTo = contract.getValidTo();
        dto.equipmentItemIds = contract.getCoveredItems().stream()
                .map(EquipmentItem::getId)
                .sorted()
                .toList();
        dto.equipmentExternalIds = contract.getCoveredItems().stream()
                .map(EquipmentItem::getExternalId)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        dto.arrivalHours = contract.getArrivalHours();
        return dto;
    }

    /**
     * The ERP's upsert's input (issue 17): the project is named apart ({@code projectId} or {@code projectExternalId}),
     * so none is required here.
     */
    ServiceContractData erpData() {
        Set<Long> items = equipmentItemIds == null ? Set.of() : new HashSet<>(equipmentItemIds);
        return new ServiceContractData(
                projectId == null ? 0L : projectId,
                ApiEnums.parse("kind", ServiceContractKind.class, kind),
                number,
                validFrom,
                validTo,
                arrivalHours,
                items);
    }

    /** The use case's input; {@code fallbackProjectId} stands in for an absent {@code projectId} (updates). */
    ServiceContractData data(Long fallbackProjectId) {
        Long project = projectId != null ? projectId : fallbackProjectId;
        if (project == null) {
            throw new BusinessException("projectId", "contract.error.projectRequired");
        }
        Set<Long> items = equipmentItemIds == null ? Set.of() : new HashSet<>(equipmentItemIds);
        return new ServiceContractData(
                project,
                ApiEnums.parse("kind", ServiceContractKind.class, kind),
                number,
                validFrom,
                validTo,
                arrivalHours,
                items);
    }
}
