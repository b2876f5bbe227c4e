package org.aftersales.web.view.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentData;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/**
 * projects/equipment.xhtml: a project's equipment items with their warranties (R-L2, R-B4), and the dialog that adds
 * or changes one. Choosing the statutory warranty category offers its national minimum as the item's warranty.
 */
@Named
@ViewScoped
public class ProjectEquipmentBacking extends ProjectScopedBacking {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient EquipmentService equipment;

    @Inject
    transient SubcontractorService subcontractors;

    private String text;
    private Draft draft = new Draft();
    private final ChoiceConverter suppliers = new ChoiceConverter();

    private final PagedModel<EquipmentItem> items =
            new PagedModel<>(request -> equipment.list(projectId(), text, request));

    @Override
    protected Permission viewPermission() {
        return Permission.PROJECT_VIEW;
    }

    public void startNew() {
        draft = new Draft();
    }

    public void startEdit(long itemId) {
        EquipmentItem item = equipment.find(itemId);
        draft = new Draft();
        draft.id = item.getId();
        draft.version = item.getVersion();
        draft.tag = item.getTag();
        draft.name = item.getName();
        draft.model = item.getModel();
        draft.serialNumber = item.getSerialNumber();
        draft.manufacturer = item.getManufacturer();
        Subcontractor supplier = item.getSupplier();
        draft.supplier = supplier == null ? null : suppliers.remember(new Choice(supplier.getId(), supplier.getName()));
        draft.discipline = item.getDiscipline();
        draft.workScope = item.getWorkScope();
        draft.warrantyCategory = item.getWarrantyCategory();
        draft.warrantyMonths = item.getWarrantyMonths();
        draft.supplierWarrantyEnd = item.getSupplierWarrantyEnd();
    }

    /** A new category offers its national minimum (the design service life as 600 months; none: project default). */
    public void categoryChosen() {
        if (draft.warrantyCategory != null) {
            draft.warrantyMonths = draft.warrantyCategory.defaultWarrantyMonths();
        }
    }

    public void save() {
        EquipmentData data = new EquipmentData(
                draft.tag,
                draft.name,
                draft.model,
                draft.serialNumber,
                draft.manufacturer,
                draft.supplier == null ? null : draft.supplier.id(),
                draft.discipline,
                draft.workScope,
                draft.warrantyCategory,
                draft.warrantyMonths,
                draft.supplierWarrantyEnd);
        EquipmentItem saved =
                draft.id == null ? equipment.add(projectId(), data) : equipment.update(draft.id, draft.version, data);
        Pages.info("equipment.saved", saved.getTag());
        draft = new Draft();
    }

    public List<Choice> completeSupplier(String query) {
        return suppliers.offer(subcontractors.list(query, PageRequest.first(SUGGESTIONS)).items().stream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList());
    }

    /** The national minimum of a category, as a sentence for the form. */
    public String minimumOf(WarrantyCategory category) {
        if (category == null) {
            return "";
        }
        if (category.isDesignServiceLife()) {
            return Pages.text("equipment.minimum.designServiceLife");
        }
        if (category.minimumSeasons() != null) {
            return Pages.text("equipment.minimum.seasons", category.minimumSeasons(), category.minimumMonths());
        }
        if (category.minimumMonths() != null) {
            return Pages.text("equipment.minimum.months", category.minimumMonths());
        }
        return Pages.text("equipment.minimum.none");
    }

    public boolean isEditable() {
        return caller().may(Permission.PROJECT_EDIT);
    }

    public PagedModel<EquipmentItem> getItems() {
        return items;
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public WorkScope[] getWorkScopes() {
        return WorkScope.values();
    }

    public WarrantyCategory[] getWarrantyCategories() {
        return WarrantyCategory.values();
    }

    public ChoiceConverter getSuppliers() {
        return suppliers;
    }

    public Draft getDraft() {
        return draft;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** What the dialog edits: the fields of {@link EquipmentData}, named alike so refusals land next to them. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private long version;
        private String tag;
        private String name;
        private String model;
        private String serialNumber;
        private String manufacturer;
        private Choice supplier;
        private Discipline discipline;
        private WorkScope workScope;
        private WarrantyCategory warrantyCategory;
        private Integer warrantyMonths;
        private LocalDate supplierWarrantyEnd;

        public boolean isNew() {
            return id == null;
        }

        public String getTag() {
            return tag;
        }

        public void setTag(String tag) {
            this.tag = tag;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getModel() {
            return model;
        }

        public void setModel(String model) {
            this.model = model;
        }

        public String getSerialNumber() {
            return serialNumber;
        }

        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }

        public String getManufacturer() {
            return manufacturer;
        }

        public void setManufacturer(String manufacturer) {
            this.manufacturer = manufacturer;
        }

        public Choice getSupplier() {
            return supplier;
        }

        public void setSupplier(Choice supplier) {
            this.supplier = supplier;
        }

        public Discipline getDiscipline() {
            return discipline;
        }

        public void setDiscipline(Discipline discipline) {
            this.discipline = discipline;
        }

        public WorkScope getWorkScope() {
            return workScope;
        }

        public void setWorkScope(WorkScope workScope) {
            this.workScope = workScope;
        }

        public WarrantyCategory getWarrantyCategory() {
            return warrantyCategory;
        }

        public void setWarrantyCategory(WarrantyCategory warrantyCategory) {
            this.warrantyCategory = warrantyCategory;
        }

        public Integer getWarrantyMonths() {
            return warrantyMonths;
        }

        public void setWarrantyMonths(Integer warrantyMonths) {
            this.warrantyMonths = warrantyMonths;
        }

        public LocalDate getSupplierWarrantyEnd() {
            return supplierWarrantyEnd;
        }

        public void setSupplierWarrantyEnd(LocalDate supplierWarrantyEnd) {
            this.supplierWarrantyEnd = supplierWarrantyEnd;
        }
    }
}
