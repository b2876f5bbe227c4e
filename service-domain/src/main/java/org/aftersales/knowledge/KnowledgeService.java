package org.aftersales.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases of the knowledge base (R-K3): write a summary (blank, or prefilled from a closed service case or a
 * complaint), correct it, report it to leadership, acknowledge it, attach documents, list and read. Every save tells
 * the search index through {@link KnowledgeChanged}, which it applies after the commit.
 *
 * <p>The knowledge base is company-wide reference: every role that may read it reads every article. The project,
 * equipment item and service case an author names must be visible to the author.
 */
@ApplicationScoped
public class KnowledgeService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "title", "a.title",
            "kind", "a.kind",
            "state", "a.state",
            "discipline", "a.discipline",
            "equipmentType", "a.equipmentType",
            "modifiedAt", "a.modifiedAt",
            "createdAt", "a.createdAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    EquipmentService equipment;

    @Inject
    DocumentStore documents;

    @Inject
    Clock clock;

    @Inject
    Event<KnowledgeChanged> changes;

    @Transactional
    public KnowledgeArticle create(ArticleData data) {
        return create(data, false);
    }

    /** Writes a new article and, if asked, reports it to leadership at once — both or neither. */
    @Transactional
    public KnowledgeArticle create(ArticleData data, boolean submit) {
        caller.require(Permission.KNOWLEDGE_WRITE);
        KnowledgeArticle article = new KnowledgeArticle(data.kind(), data.title(), data.symptom());
        apply(article, data);
        em.persist(article);
        if (submit) {
            article.submit(clock.instant(), caller.username());
        }
        return changed(article);
    }

    @Transactional
    public KnowledgeArticle update(long id, long expectedVersion, ArticleData data) {
        caller.require(Permission.KNOWLEDGE_WRITE);
        KnowledgeArticle article = find(id);
        if (article.getVersion() != expectedVersion) {
            throw new StaleVersionException(article.getModifiedBy(), article.getModifiedAt());
        }
        apply(article, data);
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(article.getModifiedBy(), article.getModifiedAt());
        }
        return changed(article);
    }

    private void apply(KnowledgeArticle article, ArticleData data) {
        article.write(data.kind(), data.title(), data.symptom(), data.cause(), data.fix());
        article.classify(data.equipmentType(), data.equipmentModel(), data.discipline());
        Project project = data.projectId() == null ? null : projects.find(data.projectId());
        EquipmentItem item = data.equipmentItemId() == null ? null : equipment.find(data.equipmentItemId());
        ServiceCase serviceCase = data.serviceCaseId() == null ? null : serviceCase(data.serviceCaseId());
        article.recordSource(project, item, serviceCase);
    }

    /** Reports the summary to leadership (第四章3.10 报告领导). */
    @Transactional
    public KnowledgeArticle submit(long id) {
        caller.require(Permission.KNOWLEDGE_WRITE);
        KnowledgeArticle article = find(id);
        article.submit(clock.instant(), caller.username());
        return changed(article);
    }

    /** Leadership acknowledges a reported summary, with an optional note. */
    @Transactional
    public KnowledgeArticle acknowledge(long id, String note) {
        caller.require(Permission.KNOWLEDGE_ACKNOWLEDGE);
        KnowledgeArticle article = find(id);
        article.acknowledge(clock.instant(), caller.username(), note);
        return changed(article);
    }

    /** Stores a file (photos, measurements, a defect report) and attaches it, all or nothing. */
    @Transactional
    public StoredDocument attach(long id, DocumentUpload file) {
        caller.require(Permission.KNOWLEDGE_WRITE);
        KnowledgeArticle article = find(id);
        StoredDocument document = documents.store(DocumentKind.OTHER, null, file);
        article.attach(document);
        return document;
    }

    @Transactional
    public KnowledgeArticle find(long id) {
        caller.require(Permission.KNOWLEDGE_VIEW);
        KnowledgeArticle article = em.find(KnowledgeArticle.class, id);
        if (article == null) {
            throw new NotFoundException("knowledgeArticle", id);
        }
        return article;
    }

    /** The article with its attachments loaded, for a page that shows them after the transaction. */
    @Transactional
    public KnowledgeArticle findWithAttachments(long id) {
        KnowledgeArticle article = find(id);
        article.getAttachments().forEach(StoredDocument::getFileName);
        return article;
    }

    /** The article register: newest first unless sorted otherwise. */
    @Transactional
    public Page<KnowledgeArticle> list(ArticleFilter filter, PageRequest page) {
        caller.require(Permission.KNOWLEDGE_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.kind() != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.state() != null) {
            where.append(" and a.state = :state");
            params.put("state", filter.state());
        }
        if (filter.discipline() != null) {
            where.append(" and a.discipline = :discipline");
            params.put("discipline", filter.discipline());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.title) like :text or lower(a.equipmentType) like :text"
                    + " or lower(a.equipmentModel) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        String order = page.sortField() == null ? "a.modifiedAt desc" : page.orderBy(SORT_FIELDS, "a.modifiedAt");
        TypedQuery<KnowledgeArticle> query = em.createQuery(
                "select a from KnowledgeArticle a" + where + " order by " + order + ", a.id desc",
                KnowledgeArticle.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from KnowledgeArticle a" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** The equipment types the articles name, for the search filter. */
    @Transactional
    public List<String> equipmentTypes() {
        caller.require(Permission.KNOWLEDGE_VIEW);
        return em.createQuery(
                        "select distinct a.equipmentType from KnowledgeArticle a"
                                + " where a.equipmentType is not null order by a.equipmentType",
                        String.class)
                .getResultList();
    }

    /**
     * A summary prefilled from a service case: its description as the symptom, its recorded answer as the fix, its
     * project and equipment item. Only a closed case — the repair is done — or a complaint (about product quality or
     * design, R-S10) is summarised; a complaint suggests a design defect.
     */
    @Transactional
    public ArticleData draftFromCase(long caseId) {
        caller.require(Permission.KNOWLEDGE_WRITE);
        ServiceCase serviceCase = serviceCase(caseId);
        boolean complaint = serviceCase.getType() == CaseType.COMPLAINT;
        if (!complaint && serviceCase.getStatus().isOpen()) {
            throw new BusinessException("serviceCaseId", "knowledge.error.caseNotClosed", serviceCase.getNumber());
        }
        EquipmentItem item = serviceCase.getEquipmentItem();
        String symptom = serviceCase.getDescription();
        return new ArticleData(
                complaint ? ArticleKind.DESIGN_DEFECT : ArticleKind.REPAIR_CASE,
                serviceCase.getNumber() + " " + (symptom.length() > 30 ? symptom.substring(0, 30) + "…" : symptom),
                symptom,
                null,
                serviceCase.getAnswer(),
                item == null ? null : item.getName(),
                item == null ? null : item.getModel(),
                item == null ? null : item.getDiscipline(),
                serviceCase.getProject().getId(),
                item == null ? null : item.getId(),
                serviceCase.getId());
    }

    /** A case the caller may see (through its project), else "not found". */
    private ServiceCase serviceCase(long caseId) {
        ServiceCase serviceCase = em.find(ServiceCase.class, caseId);
        if (serviceCase == null) {
            throw new NotFoundException("serviceCase", caseId);
        }
        try {
            projects.find(serviceCase.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("serviceCase", caseId);
        }
        return serviceCase;
    }

    private KnowledgeArticle changed(KnowledgeArticle article) {
        changes.fire(new KnowledgeChanged(article.indexed()));
        return article;
    }
}
