package org.aftersales.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases on maintenance contracts and technical-support agreements (R-L4): create, change, find, list. A contract
 * is project data: a PROJECT_DEPT user sees only the contracts of their own department's projects, and the covered
 * equipment items must be items of the contract's project.
 */
@ApplicationScoped
public class ServiceContractService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "number", "c.number",
            "kind", "c.kind",
            "projectCode", "p.code",
            "validFrom", "c.validFrom",
            "validTo", "c.validTo",
            "arrivalHours", "c.arrivalHours");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Transactional
    public ServiceContract create(ServiceContractData data) {
        caller.require(Permission.CONTRACT_EDIT);
        Project project = projects.find(data.projectId());
        requireUniqueNumber(data.number(), null);
        ServiceContract contract =
                new ServiceContract(project, data.kind(), data.number(), data.validFrom(), data.validTo());
        contract.agreeArrivalHours(data.arrivalHours());
        contract.cover(items(project, data));
        em.persist(contract);
        return contract;
    }

    /** Changes a contract; its project cannot change (enter a new contract instead). */
    @Transactional
    public ServiceContract update(long id, long expectedVersion, ServiceContractData data) {
        caller.require(Permission.CONTRACT_EDIT);
        ServiceContract contract = find(id);
        if (contract.getVersion() != expectedVersion) {
            throw new StaleVersionException(contract.getModifiedBy(), contract.getModifiedAt());
        }
        Project project = contract.getProject();
        if (data.projectId() != project.getId()) {
            throw new BusinessException("projectId", "contract.error.projectImmutable");
        }
        requireUniqueNumber(data.number(), contract.getId());
        List<EquipmentItem> items = items(project, data);
        contract.describe(data.kind(), data.number());
        contract.runFromTo(data.validFrom(), data.validTo());
        contract.agreeArrivalHours(data.arrivalHours());
        contract.cover(items);
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(contract.getModifiedBy(), contract.getModifiedAt());
        }
        return contract;
    }

    /**
     * The ERP's upsert of a service contract by its key (issue 17, {@code PUT /service-contracts/by-external-id/
     * {externalId}}): creates the contract under the project the body names ({@code projectExternalId} or
     * {@code projectId}; required for a new contract), or updates what the ERP owns — kind, number, period, the
     * contract's arrival limit and the covered items — last write wins, no version. The covered items may be named by
     * the ERP's keys ({@code equipmentExternalIds}, which then stand for {@code equipmentItemIds}); each must be an item
     * of the contract's project (R-L4). A contract stays under its project. A contract entered here before the ERP knew
     * it is adopted by its number while it has no key. How its cases were classified (R-L3) is after-sales' and
     * untouched. The same data twice changes nothing and writes no audit entry.
     *
     * @param data the contract; its {@code projectId} is not read (the project is {@code projectId} or
     *     {@code projectExternalId})
     * @param equipmentExternalIds the covered items by the ERP's keys, besides those {@code data} names by id (a body
     *     read and sent back names the keyed items both ways); {@code null}: none by key
     */
    @Transactional
    public ExternalIds.Upserted<ServiceContract> putByExternalId(
            String externalId,
            Long projectId,
            String projectExternalId,
            ServiceContractData data,
            Collection<String> equipmentExternalIds) {
        caller.require(Permission.CONTRACT_EDIT);
        Project named = projects.referenced(projectId, projectExternalId);
        String projectField = projectExternalId != null ? "projectExternalId" : "projectId";
        Set<Long> itemIds = new HashSet<>();
        if (data.equipmentItemIds() != null) {
            itemIds.addAll(data.equipmentItemIds());
        }
        ExternalIds.referencedAll(em, EquipmentItem.class, "equipmentExternalIds", equipmentExternalIds)
                .forEach(item -> itemIds.add(item.getId()));
        String itemsField = equipmentExternalIds == null ? "equipmentItemIds" : "equipmentExternalIds";
        return ExternalIds.upsert(
                em,
                ServiceContract.class,
                externalId,
                () -> Inputs.stripToNull(data.number()) == null
                        ? Optional.empty()
                        : em.createQuery(
                                        "select c from ServiceContract c where c.number = :number",
                                        ServiceContract.class)
                                .setParameter("number", data.number().strip())
                                .getResultStream()
                                .filter(sameNumber -> sameNumber.getExternalId() == null)
                                .findFirst(),
                key -> {
                    if (named == null) {
                        throw new BusinessException("projectExternalId", "contract.error.projectRequired");
                    }
                    ServiceContract created = onItemsField(itemsField, () -> create(forProject(named, data, itemIds)));
                    created.linkExternalId(key);
                    return created;
                },
                (contract, key) -> {
                    if (!visible(contract)) {
                        throw new NotFoundException("serviceContract", key);
                    }
                    if (named != null && !named.equals(contract.getProject())) {
                        throw new BusinessException(projectField, "contract.error.projectImmutable");
                    }
                    contract.linkExternalId(key);
                    ServiceContractData erpData = forProject(contract.getProject(), data, itemIds);
                    requireUniqueNumber(erpData.number(), contract.getId());
                    List<EquipmentItem> items = onItemsField(itemsField, () -> items(contract.getProject(), erpData));
                    contract.describe(erpData.kind(), erpData.number());
                    contract.runFromTo(erpData.validFrom(), erpData.validTo());
                    contract.agreeArrivalHours(erpData.arrivalHours());
                    contract.cover(items);
                });
    }

    /** The contract the ERP knows by {@code externalId}, if the caller may see its project; otherwise "not found". */
    @Transactional
    public ServiceContract findByExternalId(String externalId) {
        caller.require(Permission.CONTRACT_VIEW);
        String key = ExternalIds.checked(externalId);
        return ExternalIds.find(em, ServiceContract.class, key)
                .filter(this::visible)
                .orElseThrow(() -> new NotFoundException("serviceContract", key));
    }

    private static ServiceContractData forProject(Project project, ServiceContractData data, Set<Long> items) {
        return new ServiceContractData(
                project.getId(),
                data.kind(),
                data.number(),
                data.validFrom(),
                data.validTo(),
                data.arrivalHours(),
                items);
    }

    /** A refusal of the covered items names the field the body used for them. */
    private static <T> T onItemsField(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (BusinessException refused) {
            if ("equipmentItemIds".equals(refused.getField()) && !field.equals(refused.getField())) {
                throw refused.onField(field);
            }
            throw refused;
        }
    }

    private boolean visible(ServiceContract contract) {
        try {
            projects.find(contract.getProject().getId());
            return true;
        } catch (NotFoundException projectNotVisible) {
            return false;
        }
    }

    /** The contract, if the caller may see its project; otherwise "not found". */
    @Transactional
    public ServiceContract find(long id) {
        caller.require(Permission.CONTRACT_VIEW);
        ServiceContract contract = em.find(ServiceContract.class, id);
        if (contract == null) {
            throw new NotFoundException("serviceContract", id);
        }
        try {
            projects.find(contract.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("serviceContract", id);
        }
        return contract;
    }

    /** The contracts of one project, or of all projects the caller may see when {@code projectId} is {@code null}. */
    @Transactional
    public Page<ServiceContract> list(Long projectId, PageRequest page) {
        caller.require(Permission.CONTRACT_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (projectId != null) {
            where.append(" and c.project = :project");
            params.put("project", projects.find(projectId));
        } else if (caller.restrictedToOwnDepartment()) {
            where.append(" and p.projectDepartment.id = :ownDepartment");
            Long department = caller.departmentId();
            params.put("ownDepartment", department == null ? Long.valueOf(-1L) : department);
        }
        String order = page.orderBy(SORT_FIELDS, "c.validFrom");
        TypedQuery<ServiceContract> query = em.createQuery(
                "select c from ServiceContract c join fetch c.project p" + where + " order by " + order + ", c.id",
                ServiceContract.class);
        TypedQuery<Long> count =
                em.createQuery("select count(c) from ServiceContract c join c.project p" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ServiceContract> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    /** The items named by id; each must exist and belong to {@code project}. */
    private List<EquipmentItem> items(Project project, ServiceContractData data) {
        List<EquipmentItem> items = new ArrayList<>();
        if (data.equipmentItemIds() == null) {
            return items;
        }
        for (Long itemId : data.equipmentItemIds()) {
            EquipmentItem item = itemId == null ? null : em.find(EquipmentItem.class, itemId);
            if (item == null || !project.equals(item.getProject())) {
                throw new BusinessException(
                        "equipmentItemIds",
                        "contract.error.itemNotInProject",
                        item == null ? "#" + itemId : item.getTag(),
                        project.getCode());
            }
            items.add(item);
        }
        return items;
    }

    /** Checked before the contract changes, so that no flush can run into the unique constraint first. */
    private void requireUniqueNumber(String number, Long exceptId) {
        String stripped = Inputs.stripToNull(number);
        if (stripped == null) {
            return;
        }
        List<Long> ids = em.createQuery("select c.id from ServiceContract c where c.number = :number", Long.class)
                .setParameter("number", stripped)
                .getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("number", "contract.error.numberTaken", stripped);
        }
    }
}
