package org.aftersales.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases on owners as a resource of their own (issue 17): list, find, and the ERP's upsert by its key. An owner is
 * seen by whoever sees projects; a PROJECT_DEPT user sees the owners of their own department's projects only, as they
 * see only those projects (R-O1).
 */
@ApplicationScoped
public class OwnerService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "o.name",
            "creditCode", "o.creditCode",
            "externalId", "o.externalId",
            "address", "o.address");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Owners whose name, credit code, key or address contains {@code text} ({@code null} or blank: all). */
    @Transactional
    public Page<Owner> list(String text, PageRequest page) {
        caller.require(Permission.PROJECT_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (caller.restrictedToOwnDepartment()) {
            where.append(" and exists (select p.id from Project p where p.owner = o"
                    + " and p.projectDepartment.id = :ownDepartment)");
            Long department = caller.departmentId();
            params.put("ownDepartment", department == null ? Long.valueOf(-1L) : department);
        }
        String filter = Inputs.stripToNull(text);
        if (filter != null) {
            where.append(" and (lower(o.name) like :text or lower(o.creditCode) like :text"
                    + " or lower(o.externalId) like :text or lower(o.address) like :text)");
            params.put("text", "%" + filter.toLowerCase() + "%");
        }
        String order = page.orderBy(SORT_FIELDS, "o.name");
        TypedQuery<Owner> query =
                em.createQuery("select o from Owner o" + where + " order by " + order + ", o.id", Owner.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Owner o" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Owner> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    /** The owner, if the caller may see it; otherwise "not found", as for an owner that does not exist. */
    @Transactional
    public Owner find(long id) {
        caller.require(Permission.PROJECT_VIEW);
        Owner owner = em.find(Owner.class, id);
        if (owner == null || !visible(owner)) {
            throw new NotFoundException("owner", id);
        }
        return owner;
    }

    /** The owner the ERP knows by {@code externalId}, if the caller may see it; otherwise "not found". */
    @Transactional
    public Owner findByExternalId(String externalId) {
        caller.require(Permission.PROJECT_VIEW);
        String key = ExternalIds.checked(externalId);
        return ExternalIds.find(em, Owner.class, key)
                .filter(this::visible)
                .orElseThrow(() -> new NotFoundException("owner", key));
    }

    /**
     * The ERP's upsert by its key (issue 17, {@code PUT /owners/by-external-id/{externalId}}): creates the owner, or
     * updates what the ERP owns — name, unified social credit code, address — last write wins, no version. The phone is
     * after-sales' own: taken when the owner is created, kept afterwards, as are the owner's contacts on its projects.
     * An owner entered here before the ERP knew it (by a project's owner name) is adopted by its credit code, else by
     * its name, while it has no key. Every project shows the owner's name, so a rename by the ERP shows on all of them.
     * The same data twice changes nothing and writes no audit entry.
     */
    @Transactional
    public ExternalIds.Upserted<Owner> putByExternalId(String externalId, OwnerData data) {
        caller.require(Permission.PROJECT_EDIT);
        String creditCode = CreditCode.checked("creditCode", data.creditCode());
        return ExternalIds.upsert(
                em,
                Owner.class,
                externalId,
                () -> adoptable(creditCode, data.name()),
                key -> {
                    requireUnique(data.name(), creditCode, null);
                    Owner owner = new Owner(data.name());
                    owner.register(data.name(), creditCode, data.address());
                    owner.changePhone(data.phone());
                    owner.linkExternalId(key);
                    em.persist(owner);
                    return owner;
                },
                (owner, key) -> {
                    if (!visible(owner)) {
                        throw new NotFoundException("owner", key);
                    }
                    owner.linkExternalId(key);
                    requireUnique(data.name(), creditCode, owner.getId());
                    owner.register(data.name(), creditCode, data.address());
                });
    }

    /** An owner entered here without a key: the one with this credit code, else the one with this name. */
    private Optional<Owner> adoptable(String creditCode, String name) {
        Optional<Owner> byCode = creditCode == null
                ? Optional.empty()
                : em.createQuery("select o from Owner o where o.creditCode = :code", Owner.class)
                        .setParameter("code", creditCode)
                        .getResultStream()
                        .findFirst();
        if (byCode.isPresent()) {
            return byCode.filter(owner -> owner.getExternalId() == null);
        }
        String stripped = Inputs.stripToNull(name);
        if (stripped == null) {
            return Optional.empty();
        }
        return em.createQuery("select o from Owner o where o.name = :name", Owner.class)
                .setParameter("name", stripped)
                .getResultStream()
                .filter(owner -> owner.getExternalId() == null)
                .findFirst();
    }

    /** Checked before the owner changes, so that no flush can run into a unique constraint first. */
    private void requireUnique(String name, String creditCode, Long exceptId) {
        String stripped = Inputs.stripToNull(name);
        if (stripped != null
                && em.createQuery("select o.id from Owner o where o.name = :name", Long.class)
                        .setParameter("name", stripped)
                        .getResultStream()
                        .anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("name", "owner.error.nameTaken", stripped);
        }
        if (creditCode != null
                && em.createQuery("select o.id from Owner o where o.creditCode = :code", Long.class)
                        .setParameter("code", creditCode)
                        .getResultStream()
                        .anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("creditCode", "owner.error.creditCodeTaken", creditCode);
        }
    }

    /** Whether the caller sees the owner: everyone who sees projects, a project department only its projects' owners. */
    boolean visible(Owner owner) {
        if (!caller.restrictedToOwnDepartment()) {
            return true;
        }
        Long own = caller.departmentId();
        return own != null
                && !em.createQuery(
                                "select p.id from Project p where p.owner = :owner and p.projectDepartment.id = :own",
                                Long.class)
                        .setParameter("owner", owner)
                        .setParameter("own", own)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }
}
