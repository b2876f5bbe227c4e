package org.aftersales.web.api;

import java.time.LocalDate;
import org.aftersales.project.EquipmentItem;

/**
 * An equipment item of a project with its warranty (R-L2). {@code warrantyMonths} is the item's own agreed warranty
 * (absent: the project's applies); {@code effectiveWarrantyMonths}, {@code warrantyEnd} and the two flags are derived
 * and read-only.
 */
public class EquipmentItemDto {

    public Long id;
    public long version;
    public Long projectId;
    public String tag;
    public String name;
    public String model;
    public String serialNumber;
    public String manufacturer;
    public Long supplierId;
    public String supplierName;
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
        dto.projectId = item.getProject().getId();
        dto.tag = item.getTag();
        dto.name = item.getName();
        dto.model = item.getModel();
        dto.serialNumber = item.getSerialNumber();
        dto.manufacturer = item.getManufacturer();
        dto.supplierId = item.getSupplier() == null ? null : item.getSupplier().getId();
        dto.supplierName =
                item.getSupplier() == null ? null : item.getSupplier().getName();
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
}
