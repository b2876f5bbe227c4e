package org.aftersales.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;
import org.aftersales.subcontractor.Subcontractor;

/**
 * One item of equipment or works of a project, with its own warranty (R-L2, R-B4).
 *
 * <p>The regulation warrants civil and installation works "per national regulations", and the national minimums
 * differ by item (《建设工程质量管理条例》 Art. 40, counted from completion acceptance): roof waterproofing five years,
 * equipment installation two, foundations and main structure the design service life. So each item carries its
 * statutory {@link WarrantyCategory} and may carry its own contractual warranty in months; where it has none, the
 * project's warranty applies. An item whose period is shorter than its category's minimum is flagged
 * ({@link #isShorterThanNationalMinimum()}) — the contract cannot take away what the law grants the owner.
 *
 * <p>The company answers to the owner for the whole period, but most equipment comes from suppliers with their own
 * warranty. When the supplier's warranty ends before the company's warranty to the owner, the company carries the
 * last stretch alone: that back-to-back gap is flagged ({@link #hasBackToBackGap()}) so it can be closed by
 * contract or priced in.
 *
 * <p>Both warranty ends are the last day covered, as for the project (R-L1, Civil Code Art. 201–203).
 */
@Entity
@Table(
        name = "equipment_item",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_equipment_item_tag",
                        columnNames = {"project_id", "tag"}))
public class EquipmentItem extends BaseEntity {

    public static final int TAG_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int MODEL_LENGTH = 100;
    public static final int SERIAL_NUMBER_LENGTH = 100;
    public static final int MANUFACTURER_LENGTH = 200;
    public static final int ENUM_LENGTH = 30;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    /** The ERP's key of the item (issue 17), set by the ERP's upsert; unique; null for items entered here. */
    @Column(name = "external_id", length = ExternalIds.LENGTH, unique = true)
    private String externalId;

    /** The plant's tag number (位号), unique within the project, e.g. "SCR-C-101". */
    @NotBlank
    @Size(max = TAG_LENGTH)
    @Column(nullable = false, length = TAG_LENGTH)
    private String tag;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = MODEL_LENGTH)
    @Column(length = MODEL_LENGTH)
    private String model;

    @Size(max = SERIAL_NUMBER_LENGTH)
    @Column(name = "serial_number", length = SERIAL_NUMBER_LENGTH)
    private String serialNumber;

    @Size(max = MANUFACTURER_LENGTH)
    @Column(length = MANUFACTURER_LENGTH)
    private String manufacturer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Subcontractor supplier;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ENUM_LENGTH)
    private Discipline discipline;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "work_scope", nullable = false, length = ENUM_LENGTH)
    private WorkScope workScope;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "warranty_category", nullable = false, length = ENUM_LENGTH)
    private WarrantyCategory warrantyCategory;

    /** The item's own contractual warranty; {@code null} means the project's warranty applies. */
    @Column(name = "warranty_months")
    private Integer warrantyMonths;

    /** The last day of the supplier's own warranty; {@code null} when the supplier gives none separately. */
    @Column(name = "supplier_warranty_end")
    private LocalDate supplierWarrantyEnd;

    protected EquipmentItem() {}

    public EquipmentItem(
            Project project,
            String tag,
            String name,
            Discipline discipline,
            WorkScope workScope,
            WarrantyCategory warrantyCategory) {
        if (project == null) {
            throw new BusinessException("projectId", "equipment.error.projectRequired");
        }
        this.project = project;
        describe(tag, name, null, null, null);
        classify(discipline, workScope, warrantyCategory);
    }

    /** Records what the item is: tag, name, and the nameplate data (model, serial number, manufacturer). */
    public void describe(
            String newTag, String newName, String newModel, String newSerialNumber, String newManufacturer) {
        String strippedTag = Inputs.stripToNull(newTag);
        if (strippedTag == null) {
            throw new BusinessException("tag", "equipment.error.tagRequired");
        }
        String strippedName = Inputs.stripToNull(newName);
        if (strippedName == null) {
            throw new BusinessException("name", "equipment.error.nameRequired");
        }
        this.tag = strippedTag;
        this.name = strippedName;
        this.model = Inputs.stripToNull(newModel);
        this.serialNumber = Inputs.stripToNull(newSerialNumber);
        this.manufacturer = Inputs.stripToNull(newManufacturer);
    }

    /** Places the item in its discipline, work scope and statutory warranty category (R-L2). */
    public void classify(Discipline newDiscipline, WorkScope newWorkScope, WarrantyCategory newCategory) {
        if (newDiscipline == null) {
            throw new BusinessException("discipline", "equipment.error.disciplineRequired");
        }
        if (newWorkScope == null) {
            throw new BusinessException("workScope", "equipment.error.workScopeRequired");
        }
        if (newCategory == null) {
            throw new BusinessException("warrantyCategory", "equipment.error.warrantyCategoryRequired");
        }
        this.discipline = newDiscipline;
        this.workScope = newWorkScope;
        this.warrantyCategory = newCategory;
    }

    /**
     * Agrees the item's own warranty with the owner, in months from completion acceptance; {@code null} returns the
     * item to the project's warranty. A period shorter than the national minimum is accepted but flagged.
     */
    public void agreeWarranty(Integer months) {
        if (months != null && (months < 1 || months > HandoverDates.MAX_WARRANTY_MONTHS)) {
            throw new BusinessException(
                    "warrantyMonths", "equipment.error.warrantyMonths", HandoverDates.MAX_WARRANTY_MONTHS);
        }
        this.warrantyMonths = months;
    }

    /** Records who supplied the item and the last day of the supplier's own warranty (either may be unknown). */
    public void recordSupply(Subcontractor newSupplier, LocalDate newSupplierWarrantyEnd) {
        this.supplier = newSupplier;
        this.supplierWarrantyEnd = newSupplierWarrantyEnd;
    }

    /** The warranty that applies to the item: its own, else the project's. */
    public int effectiveWarrantyMonths() {
        return warrantyMonths != null ? warrantyMonths : project.getWarrantyMonths();
    }

    /**
     * The last day of the company's warranty to the owner for this item — the one rule for the item's screen, the API,
     * the back-to-back gap and the case classifier (R-L2, R-L3):
     *
     * <ul>
     *   <li>with the item's own months, counted from completion acceptance (which defaults to formal handover), as the
     *       national minimums are: 《建设工程质量管理条例》第四十条 “建设工程的保修期，自竣工验收合格之日起计算。”;
     *   <li>without them, the project's warranty end — counted from formal handover, as the regulation counts the free
     *       warranty: 第二章 “工程“正式移交生产”后提供的为期一年的免费售后服务工作” (R-L1). An item without a warranty of its own
     *       is covered exactly as long as the project, no longer.
     * </ul>
     *
     * {@code null} while the date it counts from is not known.
     */
    public LocalDate warrantyEnd() {
        if (warrantyMonths == null) {
            return project.handoverDates().warrantyEnd();
        }
        LocalDate acceptance = project.handoverDates().effectiveCompletionAcceptanceDate();
        return acceptance == null ? null : acceptance.plusMonths(warrantyMonths);
    }

    /** Whether the warranty that applies is shorter than the national minimum of the item's category (R-L2). */
    public boolean isShorterThanNationalMinimum() {
        return warrantyCategory.isShorterThanMinimum(effectiveWarrantyMonths());
    }

    /**
     * Whether the supplier's warranty ends before the company's warranty to the owner (a back-to-back gap). Ending on
     * the same day is no gap; without a supplier warranty end or a company warranty end there is nothing to compare.
     */
    public boolean hasBackToBackGap() {
        LocalDate ownerWarrantyEnd = warrantyEnd();
        return supplierWarrantyEnd != null
                && ownerWarrantyEnd != null
                && supplierWarrantyEnd.isBefore(ownerWarrantyEnd);
    }

    /** Ties the item to the ERP's key (issue 17); an item keeps the key it got first. */
    void linkExternalId(String key) {
        if (externalId != null && !externalId.equals(key)) {
            throw new BusinessException("externalId", "equipment.error.externalIdImmutable", externalId);
        }
        externalId = key;
    }

    public Project getProject() {
        return project;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTag() {
        return tag;
    }

    public String getName() {
        return name;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public Subcontractor getSupplier() {
        return supplier;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public WorkScope getWorkScope() {
        return workScope;
    }

    public WarrantyCategory getWarrantyCategory() {
        return warrantyCategory;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public LocalDate getSupplierWarrantyEnd() {
        return supplierWarrantyEnd;
    }
}
