package org.aftersales.web.api;

import java.time.LocalDate;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentData;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;

/**
 * An equipment item of a project with its warranty (R-L2). {@code warrantyMonths} is the item's own agreed warranty
 * (absent: the project's applies); {@code effectiveWarrantyMonths}, {@code warrantyEnd} and the two flags are derived
 * and read-only.
 */
public class EquipmentItemDto {

    public Long id;
    public long version;
    /** The ERP's key (issue 17): set by {@code PUT /equipment/by-external-id/{externalId}} (and a sync record). */
    public String externalId;

    public Long projectId;
    /** The project by the ERP's key (issue 17); in a body it stands for {@code projectId}. */
    public String projectExternalId;

    public String tag;
    public String name;
    public String model;
    public String serialNumber;
    public String manufacturer;
    public Long supplierId;
    public String supplierName;
    /** The supplier by the ERP's key (issue 17); in a body it stands for {@code supplierId}. */
    public String subcontractorExternalId;

    public String discipline;
    public String workScope;
    public String warrantyCategory;
    public Integer warrantyMonths;
    public int effectiveWarrantyMonths;
    public LocalDate warrantyEnd;
    public LocalDate supplierWarrantyEnd;
    /** The warranty that applies is shorter than the national minimum of the item's category. */
    public boolean shorterThanNationalMinimum;
    /** The supplier's warranty ends before the company's warranty to the owner. */
    public boolean backToBackGap;

    static EquipmentItemDto of(EquipmentItem item) {
        EquipmentItemDto dto = new EquipmentItemDto();
        dto.id = item.getId();
        dto.version = item.getVersion();
        dto.externalId = item.getExternalId();
        dto.projectId = item.getProject().getId();
        dto.projectExternalId = item.getProject().getExternalId();
        dto.tag = item.getTag();
        dto.name = item.getName();
        dto.model = item.getModel();
        dto.serialNumber = item.getSerialNumber();
        dto.manufacturer = item.getManufacturer();
        dto.supplierId = item.getSupplier() == null ? null : item.getSupplier().getId();
        dto.supplierName =
                item.getSupplier() == null ? null : item.getSupplier().getName();
        dto.subcontractorExternalId =
                item.getSupplier() == null ? null : item.getSupplier().getExternalId();
        dto.discipline = ApiEnums.name(item.getDiscipline());
        dto.workScope = ApiEnums.name(item.getWorkScope());
        dto.warrantyCategory = ApiEnums.name(item.getWarrantyCategory());
        dto.warrantyMonths = item.getWarrantyMonths();
        dto.effectiveWarrantyMonths = item.effectiveWarrantyMonths();
        dto.warrantyEnd = item.warrantyEnd();
        dto.supplierWarrantyEnd = item.getSupplierWarrantyEnd();
        dto.shorterThanNationalMinimum = item.isShorterThanNationalMinimum();
        dto.backToBackGap = item.hasBackToBackGap();
        return dto;
    }

    /** The use case's input: what the ERP sets (the supplier by id; by key see {@code subcontractorExternalId}). */
    EquipmentData data() {
        return new EquipmentData(
                tag,
                name,
                model,
                serialNumber,
                manufacturer,
                supplierId,
                ApiEnums.parse("discipline", Discipline.class, discipline),
                ApiEnums.parse("workScope", WorkScope.class, workScope),
                ApiEnums.parse("warrantyCategory", WarrantyCategory.class, warrantyCategory),
                warrantyMonths,
                supplierWarrantyEnd);
    }
}
