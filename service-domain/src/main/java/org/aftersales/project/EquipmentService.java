package org.aftersales.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;

/**
 * Use cases on a project's equipment items (R-L2, R-B4): add, change, find, list. An item is project data: every use
 * case goes through {@link ProjectService#find(long)}, so a PROJECT_DEPT user reaches only the items of their own
 * department's projects, and an item of another project answers "not found".
 */
@ApplicationScoped
public class EquipmentService {

    private static final Map<String, String> SORT_FIELDS = Map.ofEntries(
            Map.entry("tag", "e.tag"),
            Map.entry("name", "e.name"),
            Map.entry("model", "e.model"),
            Map.entry("serialNumber", "e.serialNumber"),
            Map.entry("manufacturer", "e.manufacturer"),
            Map.entry("supplierName", "s.name"),
            Map.entry("discipline", "e.discipline"),
            Map.entry("workScope", "e.workScope"),
            Map.entry("warrantyCategory", "e.warrantyCategory"),
            Map.entry("warrantyMonths", "e.warrantyMonths"),
            Map.entry("supplierWarrantyEnd", "e.supplierWarrantyEnd"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Transactional
    public EquipmentItem add(long projectId, EquipmentData data) {
        caller.require(Permission.PROJECT_EDIT);
        Project project = projects.find(projectId);
        EquipmentItem item = new EquipmentItem(
                project, data.tag(), data.name(), data.discipline(), data.workScope(), data.warrantyCategory());
        apply(item, data);
        em.persist(item);
        return item;
    }

    @Transactional
    public EquipmentItem update(long itemId, long expectedVersion, EquipmentData data) {
        caller.require(Permission.PROJECT_EDIT);
        EquipmentItem item = find(itemId);
        if (item.getVersion() != expectedVersion) {
            throw new StaleVersionException(item.getModifiedBy(), item.getModifiedAt());
        }
        apply(item, data);
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(item.getModifiedBy(), item.getModifiedAt());
        }
        return item;
    }

    /**
     * The ERP's upsert of an equipment item by its key (issue 17, {@code PUT /equipment/by-external-id/{externalId}}):
     * creates the item under the project the body names ({@code projectExternalId} or {@code projectId}; required for
     * a new item), or updates what the ERP owns — tag, name, nameplate data, supplier, discipline, work scope, warranty
     * category, the item's own warranty months and the supplier's warranty end — last write wins, no version. The
     * supplier may be named by the ERP's key ({@code subcontractorExternalId}). An item stays under its project: another
     * project is refused. An item entered here before the ERP knew it is adopted by its project and tag while it has no
     * key. Its documents and cases are after-sales' and untouched; the warranty end and the flags are derived.
     * The same data twice changes nothing and writes no audit entry.
     */
    @Transactional
    public ExternalIds.Upserted<EquipmentItem> putByExternalId(
            String externalId,
            Long projectId,
            String projectExternalId,
            String subcontractorExternalId,
            EquipmentData data) {
        caller.require(Permission.PROJECT_EDIT);
        Project named = projects.referenced(projectId, projectExternalId);
        Subcontractor supplier =
                ExternalIds.referenced(em, Subcontractor.class, "subcontractorExternalId", subcontractorExternalId);
        EquipmentData erpData = supplier == null ? data : data.withSupplier(supplier.getId());
        String projectField = projectExternalId != null ? "projectExternalId" : "projectId";
        return ExternalIds.upsert(
                em,
                EquipmentItem.class,
                externalId,
                () -> named == null || Inputs.stripToNull(data.tag()) == null
                        ? Optional.empty()
                        : em.createQuery(
                                        "select e from EquipmentItem e where e.project = :project and e.tag = :tag",
                                        EquipmentItem.class)
                                .setParameter("project", named)
                                .setParameter("tag", data.tag().strip())
                                .getResultStream()
                                .filter(sameTag -> sameTag.getExternalId() == null)
                                .findFirst(),
                key -> {
                    if (named == null) {
                        throw new BusinessException("projectExternalId", "equipment.error.projectRequired");
                    }
                    EquipmentItem item = add(named.getId(), erpData);
                    item.linkExternalId(key);
                    return item;
                },
                (item, key) -> {
                    if (!visible(item)) {
                        throw new NotFoundException("equipmentItem", key);
                    }
                    if (named != null && !named.equals(item.getProject())) {
                        throw new BusinessException(
                                projectField,
                                "equipment.error.projectImmutable",
                                item.getProject().getCode());
                    }
                    item.linkExternalId(key);
                    apply(item, erpData);
                });
    }

    /** The item the ERP knows by {@code externalId}, if the caller may see its project; otherwise "not found". */
    @Transactional
    public EquipmentItem findByExternalId(String externalId) {
        caller.require(Permission.PROJECT_VIEW);
        String key = ExternalIds.checked(externalId);
        return ExternalIds.find(em, EquipmentItem.class, key)
                .filter(this::visible)
                .orElseThrow(() -> new NotFoundException("equipmentItem", key));
    }

    private boolean visible(EquipmentItem item) {
        try {
            projects.find(item.getProject().getId());
            return true;
        } catch (NotFoundException projectNotVisible) {
            return false;
        }
    }

    private void apply(EquipmentItem item, EquipmentData data) {
        requireUniqueTag(item.getProject(), data.tag(), item.getId());
        item.describe(data.tag(), data.name(), data.model(), data.serialNumber(), data.manufacturer());
        item.classify(data.discipline(), data.workScope(), data.warrantyCategory());
        item.agreeWarranty(data.warrantyMonths());
        item.recordSupply(supplier(data.supplierId()), data.supplierWarrantyEnd());
    }

    /** The item, if the caller may see its project; otherwise "not found". */
    @Transactional
    public EquipmentItem find(long itemId) {
        caller.require(Permission.PROJECT_VIEW);
        EquipmentItem item = em.find(EquipmentItem.class, itemId);
        if (item == null) {
            throw new NotFoundException("equipmentItem", itemId);
        }
        try {
            projects.find(item.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("equipmentItem", itemId);
        }
        return item;
    }

    /**
     * The items of one project whose tag, name, model, serial number, manufacturer or supplier contains {@code text}
     * ({@code null} or blank: all).
     */
    @Transactional
    public Page<EquipmentItem> list(long projectId, String text, PageRequest page) {
        caller.require(Permission.PROJECT_VIEW);
        Project project = projects.find(projectId);
        String where = " where e.project = :project";
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            where += " and (lower(e.tag) like :text or lower(e.name) like :text or lower(e.model) like :text"
                    + " or lower(e.serialNumber) like :text or lower(e.manufacturer) like :text"
                    + " or lower(s.name) like :text)";
        }
        String order = page.orderBy(SORT_FIELDS, "e.tag");
        TypedQuery<EquipmentItem> query = em.createQuery(
                "select e from EquipmentItem e left join fetch e.supplier s" + where + " order by " + order + ", e.id",
                EquipmentItem.class);
        TypedQuery<Long> count =
                em.createQuery("select count(e) from EquipmentItem e left join e.supplier s" + where, Long.class);
        query.setParameter("project", project);
        count.setParameter("project", project);
        if (filtered) {
            String pattern = "%" + text.strip().toLowerCase() + "%";
            query.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        List<EquipmentItem> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    /** Checked before the item changes, so that no flush can run into the unique constraint first. */
    private void requireUniqueTag(Project project, String tag, Long exceptId) {
        String stripped = Inputs.stripToNull(tag);
        if (stripped == null) {
            return;
        }
        List<Long> ids = em.createQuery(
                        "select e.id from EquipmentItem e where e.project = :project and e.tag = :tag", Long.class)
                .setParameter("project", project)
                .setParameter("tag", stripped)
                .getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("tag", "equipment.error.tagTaken", stripped);
        }
    }

    private Subcontractor supplier(Long supplierId) {
        if (supplierId == null) {
            return null;
        }
        Subcontractor supplier = em.find(Subcontractor.class, supplierId);
        if (supplier == null) {
            throw new BusinessException("supplierId", "equipment.error.supplierUnknown", supplierId);
        }
        return supplier;
    }
}
