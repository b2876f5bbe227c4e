package org.aftersales.project;

import java.time.LocalDate;

/**
 * What a person or the ERP enters about an equipment item (R-L2). Derived values (effective warranty, warranty end,
 * the flags) are not part of it.
 *
 * @param supplierId a subcontractor or supplier, or {@code null} when unknown
 * @param warrantyMonths the item's own warranty; {@code null} takes the project's warranty. A form offers
 *     {@link WarrantyCategory#defaultWarrantyMonths()} of the chosen category.
 */
public record EquipmentData(
        String tag,
        String name,
        String model,
        String serialNumber,
        String manufacturer,
        Long supplierId,
        Discipline discipline,
        WorkScope workScope,
        WarrantyCategory warrantyCategory,
        Integer warrantyMonths,
        LocalDate supplierWarrantyEnd) {

    /** The same with another supplier (the one the ERP names by its key). */
    public EquipmentData withSupplier(Long newSupplierId) {
        return new EquipmentData(
                tag,
                name,
                model,
                serialNumber,
                manufacturer,
                newSupplierId,
                discipline,
                workScope,
                warrantyCategory,
                warrantyMonths,
                supplierWarrantyEnd);
    }
}
