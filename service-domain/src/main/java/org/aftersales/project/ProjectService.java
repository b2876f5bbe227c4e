package org.aftersales.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Permission;

/**
 * Use cases on projects (R-L1): register, change, find, list. One transaction per use case; record-level access
 * (a PROJECT_DEPT user sees and edits only the projects of their department) is enforced here for pages and API
 * alike.
 */
@ApplicationScoped
public class ProjectService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "code", "p.code",
            "name", "p.name",
            "ownerName", "p.owner.name",
            "provisionalHandoverDate", "p.provisionalHandoverDate",
            "formalHandoverDate", "p.formalHandoverDate",
            "warrantyEnd", "p.warrantyEnd");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PolicyService policy;

    @Inject
    Clock clock;

    @Inject
    Event<HandoverChanged> handoverChanged;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Project create(ProjectData data) {
        caller.require(Permission.PROJECT_EDIT);
        requireUniqueCode(data.code(), null);
        int warrantyMonths =
                data.warrantyMonths() != null ? data.warrantyMonths() : policy.currentWhole(PolicyKey.WARRANTY_MONTHS);
        Project project = new Project(data.code(), data.name(), owner(data), warrantyMonths);
        apply(project, data, warrantyMonths);
        em.persist(project);
        handoverChanged.fire(new HandoverChanged(project));
        return project;
    }

    @Transactional
    public Project update(long id, long expectedVersion, ProjectData data) {
        caller.require(Permission.PROJECT_EDIT);
        Project project = find(id);
        if (project.getVersion() != expectedVersion) {
            throw new StaleVersionException(project.getModifiedBy(), project.getModifiedAt());
        }
        if (data.code() != null && !data.code().strip().equals(project.getCode())) {
            throw new BusinessException("code", "project.error.codeImmutable");
        }
        int warrantyMonths = data.warrantyMonths() != null ? data.warrantyMonths() : project.getWarrantyMonths();
        apply(project, data, warrantyMonths);
        handoverChanged.fire(new HandoverChanged(project));
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(project.getModifiedBy(), project.getModifiedAt());
        }
        return project;
    }

    /**
     * The ERP's upsert by its key (issue 17, {@code PUT /projects/by-external-id/{externalId}}): creates the project, or
     * updates the fields the ERP owns — code (immutable once set), name, owner, site, department, contract number and
     * settled price, handover and completion dates, warranty months — last write wins, no version. What Aftersales
     * alone sets (the commissioning lead, contacts, follow-up settings, everything derived) is left as it is. A project
     * entered here before the ERP knew it is adopted by its code when it has no key yet. The owner is the one the ERP
     * names by its key ({@code ownerExternalId}), else the one of {@code ownerName}. The same data twice changes
     * nothing, so it writes no audit entry either.
     */
    @Transactional
    public ExternalIds.Upserted<Project> putByExternalId(String externalId, ProjectData data) {
        caller.require(Permission.PROJECT_EDIT);
        return ExternalIds.upsert(
                em,
                Project.class,
                externalId,
                () -> data.code() == null
                        ? Optional.empty()
                        : em.createQuery("select p from Project p where p.code = :code", Project.class)
                                .setParameter("code", data.code().strip())
                                .getResultStream()
                                .filter(sameCode -> sameCode.getExternalId() == null)
                                .findFirst(),
                key -> {
                    Project created = create(data);
                    created.linkExternalId(key);
                    return created;
                },
                (project, key) -> {
                    if (!visible(project)) {
                        throw new NotFoundException("project", key);
                    }
                    if (data.code() != null && !data.code().strip().equals(project.getCode())) {
                        throw new BusinessException("code", "project.error.codeImmutable");
                    }
                    project.linkExternalId(key);
                    ProjectData erpFields = new ProjectData(
                            project.getCode(),
                            data.name(),
                            data.ownerName(),
                            data.contractNumber(),
                            data.settledContractPrice(),
                            data.site(),
                            data.projectDepartmentId(),
                            project.getCommissioningLead(),
                            data.provisionalHandoverDate(),
                            data.formalHandoverDate(),
                            data.completionAcceptanceDate(),
                            data.warrantyMonths(),
                            data.ownerExternalId());
                    int warrantyMonths =
                            data.warrantyMonths() != null ? data.warrantyMonths() : project.getWarrantyMonths();
                    apply(project, erpFields, warrantyMonths);
                });
    }

    /** The project the ERP knows by {@code externalId}, if the caller may see it; otherwise "not found". */
    @Transactional
    public Project findByExternalId(String externalId) {
        caller.require(Permission.PROJECT_VIEW);
        String key = ExternalIds.checked(externalId);
        return ExternalIds.find(em, Project.class, key)
                .filter(this::visible)
                .orElseThrow(() -> new NotFoundException("project", key));
    }

    /**
     * The project a body names (issue 17): by the ERP's key in {@code projectExternalId} — unknown or not visible to the
     * caller is refused on that field (422) — else by {@code projectId} (not found: 404); {@code null} when it names
     * neither.
     */
    @Transactional
    public Project referenced(Long projectId, String projectExternalId) {
        caller.require(Permission.PROJECT_VIEW);
        if (projectExternalId != null) {
            Project project = ExternalIds.referenced(em, Project.class, "projectExternalId", projectExternalId);
            if (!visible(project)) {
                throw new BusinessException("projectExternalId", "externalId.error.unknown", projectExternalId);
            }
            return project;
        }
        return projectId == null ? null : find(projectId);
    }

    private void apply(Project project, ProjectData data, int warrantyMonths) {
        project.describe(data.name(), owner(data), data.site());
        project.recordContract(data.contractNumber(), data.settledContractPrice());
        project.recordHandover(new HandoverDates(
                data.provisionalHandoverDate(),
                data.formalHandoverDate(),
                data.completionAcceptanceDate(),
                warrantyMonths));
        project.assignResponsibility(departmentFor(data.projectDepartmentId()), data.commissioningLead());
    }

    /** The project, if the caller may see it; otherwise "not found", as for a project that does not exist. */
    @Transactional
    public Project find(long id) {
        caller.require(Permission.PROJECT_VIEW);
        Project project = em.find(Project.class, id);
        if (project == null || !visible(project)) {
            throw new NotFoundException("project", id);
        }
        return project;
    }

    @Transactional
    public Page<Project> list(ProjectFilter filter, PageRequest page) {
        caller.require(Permission.PROJECT_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String order = page.orderBy(SORT_FIELDS, "p.code");
        TypedQuery<Project> query = em.createQuery(
                "select p from Project p join fetch p.owner" + where + " order by " + order + ", p.id", Project.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Project> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    private String where(ProjectFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (caller.restrictedToOwnDepartment()) {
            where.append(" and p.projectDepartment.id = :ownDepartment");
            Long department = caller.departmentId();
            params.put("ownDepartment", department == null ? Long.valueOf(-1L) : department);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(
                    " and (lower(p.code) like :text or lower(p.name) like :text or lower(p.owner.name) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        if (filter.projectDepartmentId() != null) {
            where.append(" and p.projectDepartment.id = :department");
            params.put("department", filter.projectDepartmentId());
        }
        if (filter.phase() != null) {
            params.put("today", today());
            where.append(
                    switch (filter.phase()) {
                        case IN_CONSTRUCTION ->
                            " and (p.provisionalHandoverDate is null or p.provisionalHandoverDate > :today)";
                        case PROVISIONAL_HANDOVER ->
                            " and p.provisionalHandoverDate <= :today"
                                    + " and (p.formalHandoverDate is null or p.formalHandoverDate > :today)";
                        case WARRANTY -> " and p.formalHandoverDate <= :today and p.warrantyEnd >= :today";
                        case POST_WARRANTY -> " and p.warrantyEnd < :today";
                    });
        }
        return where.toString();
    }

    private boolean visible(Project project) {
        if (!caller.restrictedToOwnDepartment()) {
            return true;
        }
        Long own = caller.departmentId();
        return own != null
                && project.getProjectDepartment() != null
                && own.equals(project.getProjectDepartment().getId());
    }

    private void requireUniqueCode(String code, Long exceptId) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("code", "project.error.codeRequired");
        }
        List<Long> ids = em.createQuery("select p.id from Project p where p.code = :code", Long.class)
                .setParameter("code", code.strip())
                .getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("code", "project.error.codeTaken", code.strip());
        }
    }

    /**
     * The project's owner (issue 17): the one the ERP names by its key, whose name the project then shows whatever
     * {@code ownerName} says; else the owner of that name, created when there is none yet (as projects were entered
     * before owners had keys).
     */
    private Owner owner(ProjectData data) {
        if (data.ownerExternalId() != null) {
            return ExternalIds.referenced(em, Owner.class, "ownerExternalId", data.ownerExternalId());
        }
        return ownerNamed(data.ownerName());
    }

    private Owner ownerNamed(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("ownerName", "project.error.ownerRequired");
        }
        if (name.strip().length() > Owner.NAME_LENGTH) {
            // Checked here, where the field has its name: the owner's own validation would name its "name".
            throw new BusinessException("ownerName", "project.error.ownerNameTooLong", Owner.NAME_LENGTH);
        }
        List<Owner> found = em.createQuery("select o from Owner o where o.name = :name", Owner.class)
                .setParameter("name", name.strip())
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Owner owner = new Owner(name);
        em.persist(owner);
        return owner;
    }

    /**
     * The project department: a PROJECT_DEPT user can only place projects in their own department; the others
     * choose any department of kind PROJECT.
     */
    private Department departmentFor(Long requestedId) {
        if (caller.restrictedToOwnDepartment()) {
            Long own = caller.departmentId();
            if (own == null) {
                throw new BusinessException("projectDepartmentId", "project.error.noOwnDepartment");
            }
            return em.find(Department.class, own);
        }
        if (requestedId == null) {
            return null;
        }
        Department department = em.find(Department.class, requestedId);
        if (department == null || department.getKind() != DepartmentKind.PROJECT) {
            throw new BusinessException("projectDepartmentId", "project.error.notAProjectDepartment");
        }
        return department;
    }

    @Transactional
    public List<Department> projectDepartments() {
        return em.createQuery("select d from Department d where d.kind = :kind order by d.name", Department.class)
                .setParameter("kind", DepartmentKind.PROJECT)
                .getResultList();
    }
}
