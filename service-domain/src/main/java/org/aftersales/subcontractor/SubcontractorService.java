package org.aftersales.subcontractor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BaseEntity;
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
 * Use cases on equipment subcontractors and suppliers and on each project's register of them (R-B1).
 *
 * <p>The firms themselves are company-wide master data: every role that may view subcontractors sees them all. A
 * project's register is project data: it is reached through {@link ProjectService#find(long)}, so a PROJECT_DEPT
 * user sees and changes only the registers of their own department's projects.
 */
@ApplicationScoped
public class SubcontractorService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "s.name",
            "kind", "s.kind",
            "contactPerson", "s.contactPerson",
            "phone", "s.phone",
            "email", "s.email");

    private static final Map<String, String> REGISTER_SORT_FIELDS = Map.of(
            "subcontractorName", "s.name",
            "kind", "s.kind",
            "scopeOfSupply", "r.scopeOfSupply",
            "siteContactPerson", "r.siteContactPerson",
            "phone", "r.phone");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Transactional
    public Subcontractor create(SubcontractorData data) {
        caller.require(Permission.SUBCONTRACTOR_EDIT);
        requireUniqueName(data.name(), null);
        Subcontractor subcontractor = new Subcontractor(data.name(), data.kind());
        subcontractor.changeContactDetails(data.contactPerson(), data.phone(), data.email(), data.address());
        em.persist(subcontractor);
        return subcontractor;
    }

    @Transactional
    public Subcontractor update(long id, long expectedVersion, SubcontractorData data) {
        caller.require(Permission.SUBCONTRACTOR_EDIT);
        Subcontractor subcontractor = find(id);
        requireVersion(subcontractor, expectedVersion);
        requireUniqueName(data.name(), subcontractor.getId());
        subcontractor.rename(data.name());
        subcontractor.reclassify(data.kind());
        subcontractor.changeContactDetails(data.contactPerson(), data.phone(), data.email(), data.address());
        flush(subcontractor);
        return subcontractor;
    }

    /**
     * The ERP's upsert by its key (issue 17, {@code PUT /subcontractors/by-external-id/{externalId}}): creates the firm,
     * or updates what the ERP owns — name, kind, address — last write wins, no version. The contact person, phone and
     * e-mail are after-sales' own (whom the department calls for service) and stay as they are once the firm exists. A
     * firm entered here before the ERP knew it is adopted by its name while it has no key. The same data twice changes
     * nothing and writes no audit entry.
     */
    @Transactional
    public ExternalIds.Upserted<Subcontractor> putByExternalId(String externalId, SubcontractorData data) {
        caller.require(Permission.SUBCONTRACTOR_EDIT);
        return ExternalIds.upsert(
                em,
                Subcontractor.class,
                externalId,
                () -> data.name() == null
                        ? Optional.empty()
                        : em.createQuery("select s from Subcontractor s where s.name = :name", Subcontractor.class)
                                .setParameter("name", data.name().strip())
                                .getResultStream()
                                .filter(sameName -> sameName.getExternalId() == null)
                                .findFirst(),
                key -> {
                    Subcontractor created = create(data);
                    created.linkExternalId(key);
                    return created;
                },
                (firm, key) -> {
                    firm.linkExternalId(key);
                    requireUniqueName(data.name(), firm.getId());
                    firm.rename(data.name());
                    firm.reclassify(data.kind());
                    firm.changeContactDetails(
                            firm.getContactPerson(), firm.getPhone(), firm.getEmail(), data.address());
                });
    }

    /** The firm the ERP knows by {@code externalId}; otherwise "not found". */
    @Transactional
    public Subcontractor findByExternalId(String externalId) {
        caller.require(Permission.SUBCONTRACTOR_VIEW);
        String key = ExternalIds.checked(externalId);
        return ExternalIds.find(em, Subcontractor.class, key)
                .orElseThrow(() -> new NotFoundException("subcontractor", key));
    }

    @Transactional
    public Subcontractor find(long id) {
        caller.require(Permission.SUBCONTRACTOR_VIEW);
        Subcontractor subcontractor = em.find(Subcontractor.class, id);
        if (subcontractor == null) {
            throw new NotFoundException("subcontractor", id);
        }
        return subcontractor;
    }

    /** All subcontractors and suppliers whose name, contact person, phone or e-mail contains {@code text}. */
    @Transactional
    public Page<Subcontractor> list(String text, PageRequest page) {
        caller.require(Permission.SUBCONTRACTOR_VIEW);
        String where = " where 1 = 1";
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            where += " and (lower(s.name) like :text or lower(s.contactPerson) like :text"
                    + " or lower(s.phone) like :text or lower(s.email) like :text)";
        }
        String order = page.orderBy(SORT_FIELDS, "s.name");
        TypedQuery<Subcontractor> query = em.createQuery(
                "select s from Subcontractor s" + where + " order by " + order + ", s.id", Subcontractor.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from Subcontractor s" + where, Long.class);
        if (filtered) {
            String pattern = "%" + text.strip().toLowerCase() + "%";
            query.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        List<Subcontractor> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    /** Puts a subcontractor or supplier on a project's register; a firm appears at most once per project. */
    @Transactional
    public ProjectSubcontractor registerOnProject(long projectId, long subcontractorId, ProjectSubcontractorData data) {
        caller.require(Permission.SUBCONTRACTOR_EDIT);
        Project project = projects.find(projectId);
        Subcontractor subcontractor = em.find(Subcontractor.class, subcontractorId);
        if (subcontractor == null) {
            throw new BusinessException("subcontractorId", "subcontractor.error.subcontractorRequired");
        }
        Long taken = em.createQuery(
                        "select count(r) from ProjectSubcontractor r"
                                + " where r.project = :project and r.subcontractor = :subcontractor",
                        Long.class)
                .setParameter("project", project)
                .setParameter("subcontractor", subcontractor)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessException(
                    "subcontractorId",
                    "subcontractor.error.alreadyRegistered",
                    subcontractor.getName(),
                    project.getCode());
        }
        ProjectSubcontractor registration = new ProjectSubcontractor(project, subcontractor);
        registration.describeSupply(data.scopeOfSupply(), data.siteContactPerson(), data.phone());
        em.persist(registration);
        return registration;
    }

    /** Corrects the scope of supply or the site contact of one register line. */
    @Transactional
    public ProjectSubcontractor updateRegistration(
            long registrationId, long expectedVersion, ProjectSubcontractorData data) {
        caller.require(Permission.SUBCONTRACTOR_EDIT);
        ProjectSubcontractor registration = findRegistration(registrationId);
        requireVersion(registration, expectedVersion);
        registration.describeSupply(data.scopeOfSupply(), data.siteContactPerson(), data.phone());
        flush(registration);
        return registration;
    }

    /**
     * Records the after-sales delegation agreement signed with the firm for this project (R-B2). Who recorded it and
     * the previous one are kept by the audit.
     */
    @Transactional
    public ProjectSubcontractor recordDelegationAgreement(
            long registrationId, long expectedVersion, DelegationAgreement agreement) {
        caller.require(Permission.SUBCONTRACTOR_EDIT);
        ProjectSubcontractor registration = findRegistration(registrationId);
        requireVersion(registration, expectedVersion);
        registration.recordDelegationAgreement(agreement);
        flush(registration);
        return registration;
    }

    /**
     * R-B2: the register lines of the projects the caller may see whose firm has no delegation agreement valid on
     * {@code day} — the flag after-sales settles with the firm, without holding up any service to the owner.
     */
    @Transactional
    public List<ProjectSubcontractor> withoutValidDelegationAgreement(LocalDate day) {
        caller.require(Permission.SUBCONTRACTOR_VIEW);
        StringBuilder jpql = new StringBuilder("select r from ProjectSubcontractor r join fetch r.subcontractor s"
                + " join fetch r.project p where (r.delegationAgreement.number is null"
                + " or r.delegationAgreement.validFrom > :day or r.delegationAgreement.validUntil < :day)");
        if (caller.restrictedToOwnDepartment()) {
            jpql.append(" and p.projectDepartment.id = :ownDepartment");
        }
        TypedQuery<ProjectSubcontractor> query = em.createQuery(
                        jpql + " order by p.code, s.name", ProjectSubcontractor.class)
                .setParameter("day", day);
        if (caller.restrictedToOwnDepartment()) {
            query.setParameter(
                    "ownDepartment", caller.departmentId() == null ? Long.valueOf(-1L) : caller.departmentId());
        }
        return query.getResultList();
    }

    /** The register line, if the caller may see its project. */
    @Transactional
    public ProjectSubcontractor findRegistration(long registrationId) {
        caller.require(Permission.SUBCONTRACTOR_VIEW);
        ProjectSubcontractor registration = em.find(ProjectSubcontractor.class, registrationId);
        if (registration == null) {
            throw new NotFoundException("projectSubcontractor", registrationId);
        }
        try {
            projects.find(registration.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("projectSubcontractor", registrationId);
        }
        return registration;
    }

    /** The register of one project (R-B1). */
    @Transactional
    public Page<ProjectSubcontractor> listForProject(long projectId, PageRequest page) {
        caller.require(Permission.SUBCONTRACTOR_VIEW);
        Project project = projects.find(projectId);
        String order = page.orderBy(REGISTER_SORT_FIELDS, "s.name");
        List<ProjectSubcontractor> items = em.createQuery(
                        "select r from ProjectSubcontractor r join fetch r.subcontractor s"
                                + " where r.project = :project order by " + order + ", r.id",
                        ProjectSubcontractor.class)
                .setParameter("project", project)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        Long total = em.createQuery(
                        "select count(r) from ProjectSubcontractor r where r.project = :project", Long.class)
                .setParameter("project", project)
                .getSingleResult();
        return new Page<>(items, total);
    }

    /** Checked before the firm changes, so that no flush can run into the unique constraint first. */
    private void requireUniqueName(String name, Long exceptId) {
        String stripped = Inputs.stripToNull(name);
        if (stripped == null) {
            return;
        }
        List<Long> ids = em.createQuery("select s.id from Subcontractor s where s.name = :name", Long.class)
                .setParameter("name", stripped)
                .getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("name", "subcontractor.error.nameTaken", stripped);
        }
    }

    private static void requireVersion(BaseEntity entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new StaleVersionException(entity.getModifiedBy(), entity.getModifiedAt());
        }
    }

    private void flush(BaseEntity entity) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(entity.getModifiedBy(), entity.getModifiedAt());
        }
    }
}
