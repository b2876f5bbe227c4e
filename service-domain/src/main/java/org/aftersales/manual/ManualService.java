package org.aftersales.manual;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.ExtractedText;
import org.aftersales.document.StoredDocument;
import org.aftersales.knowledge.IndexedText;
import org.aftersales.knowledge.KnowledgeChanged;
import org.aftersales.knowledge.SearchableType;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.training.TrainingRequirement;
import org.aftersales.training.TrainingState;

/**
 * Use cases of the controlled manuals (R-K2): register a manual, upload a new version (a DRAFT, with what changed and
 * its file, all or nothing), approve it — recorded, in force, superseding the previous version — and, with the
 * approval, give every person of the staff concerned a training requirement. Manuals are found by the knowledge-base
 * search (number, title, the changes of every version, and the text of the latest version's file, read once when the
 * file was stored, see {@link ExtractedText}).
 */
@ApplicationScoped
public class ManualService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "number", "m.number",
            "title", "m.title",
            "kind", "m.kind",
            "modifiedAt", "m.modifiedAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    DocumentStore documents;

    @Inject
    Clock clock;

    @Inject
    Event<KnowledgeChanged> changes;

    @Transactional
    public Manual create(ManualData data) {
        caller.require(Permission.MANUAL_EDIT);
        requireUniqueNumber(data.number(), null);
        Manual manual = new Manual(data.number(), data.title(), data.kind());
        manual.concern(data.trainingRoles(), data.trainingQualification());
        em.persist(manual);
        return changed(manual);
    }

    @Transactional
    public Manual update(long id, long expectedVersion, ManualData data) {
        caller.require(Permission.MANUAL_EDIT);
        Manual manual = find(id);
        if (manual.getVersion() != expectedVersion) {
            throw new StaleVersionException(manual.getModifiedBy(), manual.getModifiedAt());
        }
        manual.describe(data.title(), data.kind());
        manual.concern(data.trainingRoles(), data.trainingQualification());
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(manual.getModifiedBy(), manual.getModifiedAt());
        }
        return changed(manual);
    }

    @Transactional
    public Manual find(long id) {
        caller.require(Permission.MANUAL_VIEW);
        Manual manual = em.find(Manual.class, id);
        if (manual == null) {
            throw new NotFoundException("manual", id);
        }
        return manual;
    }

    @Transactional
    public Page<Manual> list(String text, ManualKind kind, PageRequest page) {
        caller.require(Permission.MANUAL_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (kind != null) {
            where.append(" and m.kind = :kind");
            params.put("kind", kind);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(m.number) like :text or lower(m.title) like :text)");
            params.put("text", "%" + text.strip().toLowerCase() + "%");
        }
        TypedQuery<Manual> query = em.createQuery(
                "select m from Manual m" + where + " order by " + page.orderBy(SORT_FIELDS, "m.number") + ", m.id",
                Manual.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Manual m" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** The versions of a manual, newest first. */
    @Transactional
    public List<ManualVersion> versions(long manualId) {
        Manual manual = find(manualId);
        return em.createQuery(
                        "select v from ManualVersion v join fetch v.document where v.manual = :manual"
                                + " order by v.createdAt desc, v.id desc",
                        ManualVersion.class)
                .setParameter("manual", manual)
                .getResultList();
    }

    /** The version in force, if one was approved. */
    @Transactional
    public Optional<ManualVersion> current(long manualId) {
        return versions(manualId).stream()
                .filter(v -> v.getState() == ManualVersionState.APPROVED)
                .findFirst();
    }

    @Transactional
    public ManualVersion findVersion(long versionId) {
        caller.require(Permission.MANUAL_VIEW);
        ManualVersion version = em.find(ManualVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("manualVersion", versionId);
        }
        return version;
    }

    /**
     * Uploads a new version as a DRAFT: its number (unique within the manual), what changed, and the file (checked and
     * stored by the document store). One draft at a time: a pending draft is approved first.
     */
    @Transactional
    public ManualVersion addVersion(long manualId, String label, String changesText, DocumentUpload file) {
        caller.require(Permission.MANUAL_EDIT);
        Manual manual = find(manualId);
        boolean draftPending = !em.createQuery(
                        "select v.id from ManualVersion v where v.manual = :manual" + " and v.state = :draft",
                        Long.class)
                .setParameter("manual", manual)
                .setParameter("draft", ManualVersionState.DRAFT)
                .getResultList()
                .isEmpty();
        if (draftPending) {
            throw new BusinessException("label", "manual.error.draftPending");
        }
        String stripped = label == null ? null : label.strip();
        if (stripped == null || stripped.isEmpty()) {
            throw new BusinessException("label", "manual.error.labelRequired");
        }
        boolean taken = !em.createQuery(
                        "select v.id from ManualVersion v where v.manual = :manual and v.label = :label", Long.class)
                .setParameter("manual", manual)
                .setParameter("label", stripped)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new BusinessException("label", "manual.error.labelTaken", stripped);
        }
        if (changesText == null || changesText.isBlank()) {
            throw new BusinessException("changes", "manual.error.changesRequired");
        }
        StoredDocument document = documents.store(
                documentKind(manual.getKind()), manual.getNumber() + " " + manual.getTitle() + " " + stripped, file);
        ManualVersion version = new ManualVersion(manual, stripped, changesText, document);
        em.persist(version);
        changed(manual);
        return version;
    }

    /** The outcome of an approval: the version now in force and how many training requirements it created. */
    public record Approval(ManualVersion version, int trainingRequirements) {}

    /**
     * Approves a draft (R-K2): recorded, in force, the previous version superseded; every person of the staff
     * concerned (by role or qualification, enabled accounts) owes training on it, due within
     * {@value TrainingRequirement#DUE_DAYS} days; training still owed on an older version of this manual falls away.
     */
    @Transactional
    public Approval approve(long versionId) {
        caller.require(Permission.MANUAL_APPROVE);
        ManualVersion version = findVersion(versionId);
        Manual manual = version.getManual();
        version.approve(clock.instant(), caller.username());
        for (ManualVersion other : em.createQuery(
                        "select v from ManualVersion v where v.manual = :manual"
                                + " and v.state = :approved and v <> :version",
                        ManualVersion.class)
                .setParameter("manual", manual)
                .setParameter("approved", ManualVersionState.APPROVED)
                .setParameter("version", version)
                .getResultList()) {
            other.supersede();
        }
        em.createQuery(
                        "select r from TrainingRequirement r where r.manualVersion.manual = :manual"
                                + " and r.state = :open",
                        TrainingRequirement.class)
                .setParameter("manual", manual)
                .setParameter("open", TrainingState.OPEN)
                .getResultList()
                .forEach(TrainingRequirement::supersede);
        LocalDate today = LocalDate.now(clock);
        Set<AppUser> concerned = staffConcerned(manual);
        concerned.forEach(person -> em.persist(new TrainingRequirement(person, version, today)));
        changed(manual);
        return new Approval(version, concerned.size());
    }

    /** Enabled accounts with one of the manual's training roles, and engineers with its qualification. */
    private Set<AppUser> staffConcerned(Manual manual) {
        Set<AppUser> people = new LinkedHashSet<>();
        if (!manual.getTrainingRoles().isEmpty()) {
            people.addAll(em.createQuery(
                            "select distinct u from AppUser u join u.roles r"
                                    + " where u.enabled = :enabled and r in :roles order by u.username",
                            AppUser.class)
                    .setParameter("enabled", Boolean.TRUE)
                    .setParameter("roles", manual.getTrainingRoles())
                    .getResultList());
        }
        if (manual.getTrainingQualification() != null) {
            people.addAll(em.createQuery(
                            "select q.engineer from EngineerQualification q"
                                    + " where q.qualification = :qualification and q.engineer.enabled = :enabled"
                                    + " order by q.engineer.username",
                            AppUser.class)
                    .setParameter("enabled", Boolean.TRUE)
                    .setParameter("qualification", manual.getTrainingQualification())
                    .getResultList());
        }
        return people;
    }

    /**
     * What the search index holds of a manual: number, title, every version's changes, and the text of the latest
     * version's file as it was read when the file was stored — the file itself is not parsed again, neither at a
     * rebuild nor at a save. A file stored without text (a picture, a scan, one that tripped a limit) adds nothing.
     */
    public IndexedText indexed(Manual manual) {
        List<ManualVersion> versions = em.createQuery(
                        "select v from ManualVersion v join fetch v.document"
                                + " where v.manual = :manual order by v.createdAt desc, v.id desc",
                        ManualVersion.class)
                .setParameter("manual", manual)
                .getResultList();
        StringJoiner body = new StringJoiner("\n");
        versions.forEach(v -> body.add(v.getLabel() + " " + v.getChanges()));
        ManualVersion latest = versions.isEmpty() ? null : versions.get(0);
        if (latest != null) {
            ExtractedText text =
                    em.find(ExtractedText.class, latest.getDocument().getId());
            if (text != null) {
                body.add(text.getText());
            }
        }
        Optional<ManualVersion> inForce = versions.stream()
                .filter(v -> v.getState() == ManualVersionState.APPROVED)
                .findFirst();
        return new IndexedText(
                SearchableType.MANUAL,
                manual.getId(),
                manual.getKind().name(),
                null,
                null,
                null,
                manual.getNumber() + " " + manual.getTitle(),
                body.length() == 0 ? manual.getTitle() : body.toString(),
                inForce.map(v -> manual.getNumber() + " · " + v.getLabel()).orElse(manual.getNumber()));
    }

    private static DocumentKind documentKind(ManualKind kind) {
        return switch (kind) {
            case PARTS_MANUAL -> DocumentKind.PARTS_MANUAL;
            case PARTS_PRICE_LIST -> DocumentKind.PARTS_PRICE_LIST;
            default -> DocumentKind.TECHNICAL_MANUAL;
        };
    }

    private void requireUniqueNumber(String number, Long exceptId) {
        if (number == null || number.isBlank()) {
            throw new BusinessException("number", "manual.error.numberRequired");
        }
        List<Long> ids = em.createQuery("select m.id from Manual m where m.number = :number", Long.class)
                .setParameter("number", number.strip())
                .getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("number", "manual.error.numberTaken", number.strip());
        }
    }

    private Manual changed(Manual manual) {
        em.flush();
        changes.fire(new KnowledgeChanged(indexed(manual)));
        return manual;
    }
}
