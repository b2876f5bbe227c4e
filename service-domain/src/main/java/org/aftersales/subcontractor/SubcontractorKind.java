package org.aftersales.subcontractor;

/**
 * Who stands behind an item of equipment (R-B1): an equipment subcontractor (设备分包商) installs or builds part of
 * the works under a subcontract; an equipment supplier (设备供货厂商) delivers equipment and gives its own warranty.
 */
public enum SubcontractorKind {
    EQUIPMENT_SUBCONTRACTOR,
    EQUIPMENT_SUPPLIER
}
