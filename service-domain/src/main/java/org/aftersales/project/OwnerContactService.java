package org.aftersales.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases on a project's owner contact list (R-F1): add, change, remove, find, list. Contacts are project data:
 * every use case goes through {@link ProjectService#find(long)}, so a PROJECT_DEPT user reaches only the contacts of
 * their own department's projects.
 */
@ApplicationScoped
public class OwnerContactService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "c.name",
            "title", "c.title",
            "phone", "c.phone",
            "email", "c.email",
            "signOffAuthority", "c.signOffAuthority");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Transactional
    public OwnerContact add(long projectId, OwnerContactData data) {
        caller.require(Permission.PROJECT_EDIT);
        OwnerContact contact = new OwnerContact(projects.find(projectId), data.name());
        apply(contact, data);
        em.persist(contact);
        return contact;
    }

    @Transactional
    public OwnerContact update(long contactId, long expectedVersion, OwnerContactData data) {
        caller.require(Permission.PROJECT_EDIT);
        OwnerContact contact = find(contactId);
        if (contact.getVersion() != expectedVersion) {
            throw new StaleVersionException(contact.getModifiedBy(), contact.getModifiedAt());
        }
        apply(contact, data);
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(contact.getModifiedBy(), contact.getModifiedAt());
        }
        return contact;
    }

    private static void apply(OwnerContact contact, OwnerContactData data) {
        contact.describe(data.name(), data.title());
        contact.changeContactDetails(data.phone(), data.email());
        contact.annotate(data.note());
        if (data.signOffAuthority()) {
            contact.grantSignOffAuthority();
        } else {
            contact.withdrawSignOffAuthority();
        }
    }

    /** Takes a person off the list (the audit trail keeps who removed whom and when). */
    @Transactional
    public void remove(long contactId) {
        caller.require(Permission.PROJECT_EDIT);
        em.remove(find(contactId));
    }

    /** The contact, if the caller may see its project; otherwise "not found". */
    @Transactional
    public OwnerContact find(long contactId) {
        caller.require(Permission.PROJECT_VIEW);
        OwnerContact contact = em.find(OwnerContact.class, contactId);
        if (contact == null) {
            throw new NotFoundException("ownerContact", contactId);
        }
        try {
            projects.find(contact.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("ownerContact", contactId);
        }
        return contact;
    }

    /** The owner contact list of one project; by default those with sign-off authority first, then by name. */
    @Transactional
    public Page<OwnerContact> list(long projectId, PageRequest page) {
        caller.require(Permission.PROJECT_VIEW);
        Project project = projects.find(projectId);
        String order = page.sortField() == null || !SORT_FIELDS.containsKey(page.sortField())
                ? "c.signOffAuthority desc, c.name asc"
                : page.orderBy(SORT_FIELDS, "c.name");
        List<OwnerContact> items = em.createQuery(
                        "select c from OwnerContact c where c.project = :project order by " + order + ", c.id",
                        OwnerContact.class)
                .setParameter("project", project)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        Long total = em.createQuery("select count(c) from OwnerContact c where c.project = :project", Long.class)
                .setParameter("project", project)
                .getSingleResult();
        return new Page<>(items, total);
    }
}
