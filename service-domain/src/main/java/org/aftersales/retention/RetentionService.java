package org.aftersales.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.policy.HolidayCalendarService;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.NativeSql;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetConcurrency;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.ScrollableCursor;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * The two retention registers (R-C4, R-C5): what the company holds from subcontractors and what owners hold from the
 * company. Record-level access follows the project (a project department sees its own projects only).
 */
@ApplicationScoped
public class RetentionService {

    private static final Map<String, String> SUBCONTRACTOR_SORT = Map.of(
            "projectCode", "p.code", "subcontractorName", "s.name", "releaseDate", "r.releaseDate", "held", "r.held");
    private static final Map<String, String> PROJECT_SORT =
            Map.of("projectCode", "p.code", "dueDate", "r.dueDate", "amount", "r.amount");

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    Clock clock;

    @Inject
    HolidayCalendarService holidays;

    @Inject
    DocumentStore documents;

    /**
     * A seam for the concurrency test: runs after a confirmation has read the balance and before it deducts. Does
     * nothing in the application.
     */
    Runnable afterBalanceRead = () -> {};

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- subcontractor retention (R-C4) ----

    @Transactional
    public SubcontractorRetention holdFromSubcontractor(
            long projectId, long subcontractorId, Money held, LocalDate releaseDate, String earlyReleaseReason) {
        caller.require(Permission.SUBCONTRACTOR_RETENTION_EDIT);
        Project project = projects.find(projectId);
        Subcontractor subcontractor = em.find(Subcontractor.class, subcontractorId);
        if (subcontractor == null) {
            throw new BusinessException("subcontractorId", "retention.error.subcontractorRequired");
        }
        boolean exists = !em.createQuery(
                        "select r.id from SubcontractorRetention r"
                                + " where r.project = :project and r.subcontractor = :subcontractor",
                        Long.class)
                .setParameter("project", project)
                .setParameter("subcontractor", subcontractor)
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new BusinessException(
                    "subcontractorId", "retention.error.alreadyHeld", subcontractor.getName(), project.getCode());
        }
        SubcontractorRetention retention = new SubcontractorRetention(
                project, subcontractor, held, releaseDate, today(), defectLiabilityEnd(project), earlyReleaseReason);
        em.persist(retention);
        return retention;
    }

    /**
     * The end of the project's defect-liability period: by the contract's months where the company's own retention
     * records them (R-C8), otherwise by R-C5's default; null before completion acceptance.
     */
    private LocalDate defectLiabilityEnd(Project project) {
        List<Integer> contractMonths = em.createQuery(
                        "select r.defectLiabilityMonths from ProjectRetention r where r.project = :project",
                        Integer.class)
                .setParameter("project", project)
                .getResultList();
        Integer months = contractMonths.isEmpty() ? null : contractMonths.get(0);
        return ProjectRetention.defectLiabilityEndOf(project, months);
    }

    /**
     * R-C4: after-sales registers a cost caused by the subcontractor's equipment quality against its retention on the
     * project, linked to the case (and equipment item) it came from — the ERP may register it on after-sales' behalf,
     * and the cost records so. Nothing is deducted yet: that is the Engineering Department's confirmation.
     */
    @Transactional
    public QualityCost registerQualityCost(
            long retentionId, Money amount, String cause, Long caseId, Long equipmentItemId) {
        caller.require(Permission.QUALITY_COST_REGISTER);
        // The after-sales engineer registers costs without seeing the register's figures (not RETENTION_VIEW).
        SubcontractorRetention retention = visibleRetention(retentionId);
        ServiceCase serviceCase = null;
        if (caseId != null) {
            serviceCase = em.find(ServiceCase.class, caseId);
            if (serviceCase == null) {
                throw new BusinessException("caseId", "qualityCost.error.caseNotFound", caseId);
            }
        }
        EquipmentItem item = null;
        if (equipmentItemId != null) {
            item = em.find(EquipmentItem.class, equipmentItemId);
            if (item == null) {
                throw new BusinessException("equipmentItemId", "qualityCost.error.equipmentOfOtherProject");
            }
        }
        QualityCost cost = new QualityCost(
                retention, serviceCase, item, amount, cause, Registrant.of(caller.username(), caller.roles()));
        em.persist(cost);
        return cost;
    }

    /**
     * R-C4: the Engineering Department confirms a registered quality cost, which deducts it from the retention — the
     * only way a deduction is booked. The retention row is locked (SELECT … FOR UPDATE) before the balance is read, so
     * of two confirmations at the same moment the second sees the first one's result and is refused if it would
     * overdraw, instead of both passing the check; a refused cost stays registered.
     */
    @Transactional
    public QualityCost confirmQualityCost(long qualityCostId) {
        return confirmQualityCost(qualityCostId, null);
    }

    /** The same, refused as stale when the cost is no longer at {@code expectedVersion} (null: not checked). */
    @Transactional
    public QualityCost confirmQualityCost(long qualityCostId, Long expectedVersion) {
        caller.require(Permission.QUALITY_COST_CONFIRM);
        QualityCost cost = findQualityCost(qualityCostId);
        requireVersion(cost, expectedVersion);
        locked(cost.getRetention().getId());
        afterBalanceRead.run();
        cost.confirm(caller.username(), clock.instant(), today());
        em.flush();
        return cost;
    }

    @Transactional
    public QualityCost rejectQualityCost(long qualityCostId, String reason) {
        return rejectQualityCost(qualityCostId, reason, null);
    }

    /** R-C4: Engineering rejects a registered cost, with the reason; nothing is deducted. */
    @Transactional
    public QualityCost rejectQualityCost(long qualityCostId, String reason, Long expectedVersion) {
        caller.require(Permission.QUALITY_COST_CONFIRM);
        QualityCost cost = findQualityCost(qualityCostId);
        requireVersion(cost, expectedVersion);
        cost.reject(reason, caller.username(), clock.instant());
        em.flush();
        return cost;
    }

    /** One quality cost, of a project the caller may see: for the register's readers and for those who register. */
    @Transactional
    public QualityCost qualityCost(long qualityCostId) {
        if (!caller.may(Permission.QUALITY_COST_REGISTER)) {
            caller.require(Permission.RETENTION_VIEW);
        }
        return findQualityCost(qualityCostId);
    }

    /** The quality costs of one retention, newest first. */
    @Transactional
    public List<QualityCost> qualityCosts(long retentionId) {
        return qualityCosts(retentionId, new PageRequest(0, PageRequest.MAX_SIZE, null, false))
                .items();
    }

    /** One page of the quality costs of one retention, newest first. */
    @Transactional
    public Page<QualityCost> qualityCosts(long retentionId, PageRequest page) {
        findSubcontractorRetention(retentionId);
        List<QualityCost> items = em.createQuery(
                        "select q from QualityCost q left join fetch q.serviceCase left join fetch q.equipmentItem"
                                + " where q.retention.id = :retention order by q.id desc",
                        QualityCost.class)
                .setParameter("retention", retentionId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(q) from QualityCost q where q.retention.id = :retention", Long.class)
                .setParameter("retention", retentionId)
                .getSingleResult();
        return new Page<>(items, total);
    }

    /** R-C4: the quality costs waiting for the Engineering Department's confirmation, oldest first (a work list). */
    @Transactional
    public List<QualityCost> qualityCostsAwaitingConfirmation() {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<QualityCost> query = em.createQuery(
                "select q from QualityCost q join fetch q.retention r"
                        + " join fetch r.project p join fetch r.subcontractor" + where
                        + " and q.state = :state order by q.id",
                QualityCost.class);
        params.forEach(query::setParameter);
        return query.setParameter("state", QualityCostState.REGISTERED).getResultList();
    }

    private static void requireVersion(QualityCost cost, Long expectedVersion) {
        if (expectedVersion != null && cost.getVersion() != expectedVersion) {
            throw new StaleVersionException(cost.getModifiedBy(), cost.getModifiedAt());
        }
    }

    private QualityCost findQualityCost(long id) {
        QualityCost cost = em.find(QualityCost.class, id);
        if (cost == null) {
            throw new NotFoundException("qualityCost", id);
        }
        projects.find(cost.getRetention().getProject().getId());
        return cost;
    }

    @Transactional
    public RetentionEntry release(long retentionId, Money amount, LocalDate on) {
        caller.require(Permission.SUBCONTRACTOR_RETENTION_EDIT);
        SubcontractorRetention retention = locked(retentionId);
        RetentionEntry entry = retention.release(amount, on == null ? today() : on);
        em.flush();
        return entry;
    }

    @Transactional
    public SubcontractorRetention findSubcontractorRetention(long id) {
        caller.require(Permission.RETENTION_VIEW);
        SubcontractorRetention retention = visibleRetention(id);
        retention.getEntries().size();
        return retention;
    }

    /** The retention, if its project is one the caller may see (404 alike when it is not or does not exist). */
    private SubcontractorRetention visibleRetention(long id) {
        SubcontractorRetention retention = em.find(SubcontractorRetention.class, id);
        if (retention == null) {
            throw new NotFoundException("subcontractorRetention", id);
        }
        projects.find(retention.getProject().getId());
        return retention;
    }

    /**
     * One page of a subcontractor retention's ledger movements (R-C4), in entry order (scale issue 14: a retention may
     * have any number): by offset, counted up to {@link Page#COUNT_CAP} beyond the page, or after the cursor
     * {@code after} (the {@code next} of an earlier page of the same retention, nothing counted), read from
     * {@code ix_retention_entry_list (retention_id, id)}. "Not found" for a retention the caller may not see.
     */
    @Transactional
    public Page<RetentionEntry> subcontractorRetentionEntries(long retentionId, PageRequest page, String after) {
        caller.require(Permission.RETENTION_VIEW);
        // Not findSubcontractorRetention: it loads every movement of the retention.
        SubcontractorRetention retention = visibleRetention(retentionId);
        long afterId = after == null ? 0 : EntryCursor.decode(after, retentionId);
        List<RetentionEntry> items = em.createQuery(
                        "select e from RetentionEntry e where e.retention = :retention and e.id > :after order by e.id",
                        RetentionEntry.class)
                .setParameter("retention", retention)
                .setParameter("after", afterId)
                .setFirstResult(after == null ? page.offset() : 0)
                .setMaxResults(page.size())
                .getResultList();
        String next = items.size() < page.size()
                ? null
                : EntryCursor.encode(retentionId, items.get(items.size() - 1).getId());
        if (after != null) {
            return new Page<>(items, 0, false, next);
        }
        int cap = Page.COUNT_CAP + page.offset();
        long counted = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM retention_entry e"
                                + " WHERE e.retention_id = ?1 LIMIT ?2) capped")
                        .setParameter(1, retentionId)
                        .setParameter(2, cap)
                        .getSingleResult())
                .longValue();
        return Page.capped(items, counted, cap, next);
    }

    /** Where a page of one retention's movements continues: the retention and the last entry id, opaque (base64url). */
    private static final class EntryCursor {

        private EntryCursor() {}

        static String encode(long retentionId, long entryId) {
            String plain = "e1|" + retentionId + '|' + entryId;
            return java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** The entry id after which {@code token} continues, refused when it is another retention's or malformed. */
        static long decode(String token, long retentionId) {
            String[] parts;
            try {
                parts = new String(
                                java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\\|");
                if (parts.length != 3 || !parts[0].equals("e1")) {
                    throw new IllegalArgumentException(token);
                }
                Long.parseLong(parts[1]);
                Long.parseLong(parts[2]);
            } catch (IllegalArgumentException malformed) {
                throw new BusinessException("after", "list.error.cursorMalformed");
            }
            if (Long.parseLong(parts[1]) != retentionId) {
                throw new BusinessException("after", "list.error.cursorMismatch");
            }
            return Long.parseLong(parts[2]);
        }
    }

    /** One page of the subcontractor register (R-C4) by offset; see {@link #listSubcontractorRetentions(Long, PageRequest, String)}. */
    @Transactional
    public Page<SubcontractorRetention> listSubcontractorRetentions(Long projectId, PageRequest page) {
        return listSubcontractorRetentions(projectId, page, null);
    }

    /**
     * One page of the subcontractor register (R-C4), by default by project code then id: read in index order
     * ({@link RegisterListQuery}), counted up to {@link Page#COUNT_CAP} beyond the page, or after the cursor
     * {@code after} (the {@code next} of an earlier page, nothing counted). The page's retentions with their project
     * and firm take one more statement, however many rows the page has; their ledger movements are a list of their own
     * ({@link #subcontractorRetentionEntries}), since one retention may have any number. The portal's other sorts read
     * the (small) table by offset.
     */
    @Transactional
    public Page<SubcontractorRetention> listSubcontractorRetentions(Long projectId, PageRequest page, String after) {
        caller.require(Permission.RETENTION_VIEW);
        if (after == null && !defaultOrder(page, SUBCONTRACTOR_SORT, "projectCode")) {
            return sortedSubcontractorRetentions(projectId, page);
        }
        RegisterListQuery query =
                new RegisterListQuery(RegisterListQuery.Register.SUBCONTRACTOR, projectId, ownDepartment());
        return registerPage(
                query,
                page,
                after,
                ids -> em.createQuery(
                                "select r from SubcontractorRetention r join fetch r.project join fetch r.subcontractor"
                                        + " where r.id in :ids",
                                SubcontractorRetention.class)
                        .setParameter("ids", ids)
                        .getResultList());
    }

    private Page<SubcontractorRetention> sortedSubcontractorRetentions(Long projectId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", projectId, params);
        TypedQuery<SubcontractorRetention> query = em.createQuery(
                "select r from SubcontractorRetention r"
                        + " join fetch r.project p join fetch r.subcontractor s" + where + " order by "
                        + page.orderBy(SUBCONTRACTOR_SORT, "p.code") + ", r.id",
                SubcontractorRetention.class);
        params.forEach(query::setParameter);
        List<SubcontractorRetention> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        RegisterListQuery count =
                new RegisterListQuery(RegisterListQuery.Register.SUBCONTRACTOR, projectId, ownDepartment());
        return cappedPage(items, count, page);
    }

    /** Whether {@code page} asks for the register's default order (no sort, an unknown one, or the default ascending). */
    private static boolean defaultOrder(PageRequest page, Map<String, String> sorts, String defaultField) {
        String field = page.sortField();
        return field == null || !sorts.containsKey(field)
                ? page.ascending()
                : field.equals(defaultField) && page.ascending();
    }

    private Long ownDepartment() {
        if (!caller.restrictedToOwnDepartment()) {
            return null;
        }
        Long department = caller.departmentId();
        return department == null ? Long.valueOf(-1L) : department;
    }

    /**
     * One page of a register in its default order: the ids from the index-ordered SQL, then the entities by
     * {@code load} (in any order; put back in the page's), then the capped count for an offset page.
     */
    private <T extends org.aftersales.shared.BaseEntity> Page<T> registerPage(
            RegisterListQuery query,
            PageRequest page,
            String after,
            java.util.function.Function<List<Long>, List<T>> load) {
        NativeSql sql = after == null
                ? query.pageSql(page.offset(), page.size())
                : query.pageAfterSql(RegisterListQuery.Cursor.decode(after), page.size());
        List<Object[]> rows = sql.rows(em);
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, T> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            load.apply(ids).forEach(entity -> byId.put(entity.getId(), entity));
        }
        List<T> items = ids.stream().map(byId::get).toList();
        String next = rows.size() < page.size() ? null : query.cursorAfter(rows.get(rows.size() - 1));
        if (after != null) {
            return new Page<>(items, 0, false, next);
        }
        Page<T> counted = cappedPage(items, query, page);
        return new Page<>(items, counted.total(), counted.totalExact(), next);
    }

    private <T> Page<T> cappedPage(List<T> items, RegisterListQuery query, PageRequest page) {
        int cap = Page.COUNT_CAP + page.offset();
        long counted = ((Number) query.countSql(cap).query(em).getSingleResult()).longValue();
        return Page.capped(items, counted, cap, null);
    }

    /**
     * One page of the subcontractor retention ledger for a streaming export (R-O3): the movements after
     * {@code afterEntryId}, in entry order, of the projects the caller may see. Keyset paging keeps every page as cheap
     * as the first, however long the ledger.
     */
    @Transactional
    public List<LedgerLine> ledgerPage(long afterEntryId, int size) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<Object[]> query = em.createQuery(
                "select e.id, p.code, p.name, s.name, e.entryDate, e.kind,"
                        + " e.amount, e.cause, c.number, r.releaseDate from RetentionEntry e join e.retention r"
                        + " join r.project p join r.subcontractor s left join ServiceCase c on c.id = e.serviceCaseId"
                        + where + " and e.id > :after order by e.id",
                Object[].class);
        params.forEach(query::setParameter);
        return query.setParameter("after", afterEntryId).setMaxResults(size).getResultList().stream()
                .map(RetentionService::ledgerLine)
                .toList();
    }

    /** One page of the project retention receivable register for a streaming export (R-O3), in id order. */
    @Transactional
    public List<ProjectRetention> projectRegisterPage(long afterId, int size) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<ProjectRetention> query = em.createQuery(
                "select r from ProjectRetention r join fetch r.project p" + " left join fetch p.owner" + where
                        + " and r.id > :after order by r.id",
                ProjectRetention.class);
        params.forEach(query::setParameter);
        return query.setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    /**
     * The whole project retention receivable register the caller may see (R-C5), in id order, handed to {@code sink}
     * row by row from one forward-only database cursor (R-O3, scale issue 14), as {@link #forEachLedgerLine} does for
     * the subcontractor ledger: one query however many retentions, a fetch size's worth of rows in memory, in one read
     * transaction. A row with money outstanding and a return application received is judged overdue on {@code asOf}
     * by its entity (R-C8, {@link ProjectRetention#isOverdue}); the others need nothing more.
     */
    @Transactional
    public void forEachProjectRegisterLine(LocalDate asOf, java.util.function.Consumer<ProjectRegisterLine> sink) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        jakarta.persistence.Query query = em.createQuery("select r.id, p.code, p.name, o.name, r.amount,"
                + " p.settledContractPrice, r.dueDate, r.invoiceNumber, r.invoiceDate, r.collected,"
                + " r.returnApplication.receivedDate from ProjectRetention r join r.project p left join p.owner o"
                + where + " order by r.id");
        params.forEach(query::setParameter);
        query.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE);
        query.setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly);
        query.setHint(QueryHints.RESULT_SET_CONCURRENCY, ResultSetConcurrency.ReadOnly);
        query.setHint(QueryHints.JDBC_FETCH_SIZE, LEDGER_FETCH_SIZE);
        // On the transaction's connection, where PostgreSQL's driver honours the fetch size (see forEachLedgerLine).
        em.unwrap(UnitOfWork.class).beginEarlyTransaction();
        ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
        try {
            while (cursor.hasNext()) {
                Object[] row = (Object[]) cursor.next();
                long id = (Long) row[0];
                Money amount = (Money) row[4];
                Money collected = (Money) row[9];
                boolean overdue = row[10] != null
                        && amount.minus(collected).amount().signum() > 0
                        && isOverdue(em.find(ProjectRetention.class, id), asOf);
                sink.accept(new ProjectRegisterLine(
                        id,
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        amount,
                        (Money) row[5],
                        (LocalDate) row[6],
                        (String) row[7],
                        (LocalDate) row[8],
                        collected,
                        overdue));
            }
        } finally {
            cursor.close();
        }
    }

    /**
     * The whole subcontractor retention ledger the caller may see, in entry order, handed to {@code sink} line by line
     * from one forward-only database cursor (R-O3): one query however long the ledger, a fetch size's worth of rows in
     * memory, in one read transaction for the whole export.
     */
    @Transactional
    public void forEachLedgerLine(java.util.function.Consumer<LedgerLine> sink) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        jakarta.persistence.Query query = em.createQuery("select e.id, p.code, p.name, s.name, e.entryDate, e.kind,"
                + " e.amount, e.cause, c.number, r.releaseDate from RetentionEntry e join e.retention r"
                + " join r.project p join r.subcontractor s left join ServiceCase c on c.id = e.serviceCaseId"
                + where + " order by e.id");
        params.forEach(query::setParameter);
        query.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE);
        query.setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly);
        query.setHint(QueryHints.RESULT_SET_CONCURRENCY, ResultSetConcurrency.ReadOnly);
        query.setHint(QueryHints.JDBC_FETCH_SIZE, LEDGER_FETCH_SIZE);
        // The cursor runs on the transaction's connection (auto-commit off), where PostgreSQL's driver honours the
        // fetch size; EclipseLink would otherwise read on a pooled connection that fetches every row at once.
        em.unwrap(UnitOfWork.class).beginEarlyTransaction();
        ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
        try {
            while (cursor.hasNext()) {
                sink.accept(ledgerLine((Object[]) cursor.next()));
            }
        } finally {
            cursor.close();
        }
    }

    /**
     * The ledger's movements dated {@code first} … {@code last} the caller may see, by date then entry (the monthly
     * report's movements, R-O3): filtered by the database, not read whole.
     */
    @Transactional
    public List<LedgerLine> ledgerBetween(LocalDate first, LocalDate last) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<Object[]> query = em.createQuery(
                "select e.id, p.code, p.name, s.name, e.entryDate, e.kind,"
                        + " e.amount, e.cause, c.number, r.releaseDate from RetentionEntry e join e.retention r"
                        + " join r.project p join r.subcontractor s left join ServiceCase c on c.id = e.serviceCaseId"
                        + where + " and e.entryDate >= :first and e.entryDate <= :last order by e.entryDate, e.id",
                Object[].class);
        params.forEach(query::setParameter);
        return query.setParameter("first", first).setParameter("last", last).getResultList().stream()
                .map(RetentionService::ledgerLine)
                .toList();
    }

    /** One ledger's sums per kind of movement up to a day, as the database adds them up. */
    public record LedgerSums(String projectCode, String subcontractorName, Map<RetentionEntryKind, Money> sums) {

        public LedgerSums {
            sums = Map.copyOf(sums);
        }

        public Money of(RetentionEntryKind kind) {
            return sums.getOrDefault(kind, Money.ZERO);
        }
    }

    /**
     * Per project and firm the caller may see, the sums of the movements dated up to {@code last} by kind (the monthly
     * report's balances, R-O3): one grouped query, ordered by project code and firm.
     */
    @Transactional
    public List<LedgerSums> ledgerSumsUpTo(LocalDate last) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<Object[]> query = em.createQuery(
                "select p.code, s.name, e.kind, sum(e.amount) from RetentionEntry e join e.retention r"
                        + " join r.project p join r.subcontractor s" + where + " and e.entryDate <= :last"
                        + " group by p.code, s.name, e.kind order by p.code, s.name",
                Object[].class);
        params.forEach(query::setParameter);
        Map<List<String>, Map<RetentionEntryKind, Money>> sums = new java.util.LinkedHashMap<>();
        for (Object[] row : query.setParameter("last", last).getResultList()) {
            sums.computeIfAbsent(
                            List.of((String) row[0], (String) row[1]),
                            key -> new java.util.EnumMap<>(RetentionEntryKind.class))
                    .put((RetentionEntryKind) row[2], Money.of(decimal(row[3])));
        }
        List<LedgerSums> result = new java.util.ArrayList<>();
        sums.forEach((key, byKind) -> result.add(new LedgerSums(key.get(0), key.get(1), byKind)));
        return result;
    }

    /** Rows fetched from the database per round trip by {@link #forEachLedgerLine}. */
    static final int LEDGER_FETCH_SIZE = 2000;

    /**
     * The extent of the ledger {@link #forEachLedgerLine} streams, from one aggregate query: its widest texts and
     * amounts, so an export decides its column widths before the first row (R-O3).
     */
    @Transactional
    public LedgerExtent ledgerExtent() {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<Object[]> query = em.createQuery(
                "select e.kind, count(e), " + width("p.code") + ", " + width("p.name") + ", " + width("s.name") + ", "
                        + width("e.cause") + ", " + width("c.number") + ", min(e.amount), max(e.amount), sum(e.amount)"
                        + " from RetentionEntry e join e.retention r join r.project p join r.subcontractor s"
                        + " left join ServiceCase c on c.id = e.serviceCaseId" + where + " group by e.kind",
                Object[].class);
        params.forEach(query::setParameter);
        long rows = 0;
        int[] widths = new int[5];
        Map<RetentionEntryKind, java.math.BigDecimal> widest = new java.util.EnumMap<>(RetentionEntryKind.class);
        for (Object[] row : query.getResultList()) {
            rows += ((Number) row[1]).longValue();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], halfWidths(row[2 + i]));
            }
            java.math.BigDecimal magnitude = java.math.BigDecimal.ZERO;
            for (int i = 7; i <= 9; i++) {
                magnitude = magnitude.max(decimal(row[i]).abs());
            }
            widest.put((RetentionEntryKind) row[0], magnitude);
        }
        return new LedgerExtent(rows, widths[0], widths[1], widths[2], widths[3], widths[4], widest);
    }

    /**
     * The extent of the project retention receivable register {@link #projectRegisterPage} pages through, from one
     * aggregate query (R-O3).
     */
    @Transactional
    public ProjectRegisterExtent projectRegisterExtent() {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<Object[]> query = em.createQuery(
                "select count(r), " + width("p.code") + ", " + width("p.name") + ", " + width("o.name") + ", "
                        + width("r.invoiceNumber") + ", max(r.amount), sum(r.amount), max(r.collected),"
                        + " sum(r.collected), min(r.collected)"
                        + " from ProjectRetention r join r.project p left join p.owner o" + where,
                Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        java.math.BigDecimal widest = java.math.BigDecimal.ZERO;
        for (int i = 5; i <= 9; i++) {
            widest = widest.max(decimal(row[i]).abs());
        }
        // outstanding = amount − collected lies within ± the largest of these; its total within ± their sums
        java.math.BigDecimal sums = decimal(row[6]).abs().add(decimal(row[8]).abs());
        return new ProjectRegisterExtent(
                ((Number) row[0]).longValue(),
                halfWidths(row[1]),
                halfWidths(row[2]),
                halfWidths(row[3]),
                halfWidths(row[4]),
                widest.max(sums));
    }

    /**
     * The widest value of a text column in East Asian Width units, computed by the database: a character of one UTF-8
     * byte is half-width (1), one of three bytes (Chinese, full-width forms) is full-width (2), so the width of a text
     * is (characters + UTF-8 bytes) / 2, rounded up (exact for Chinese and ASCII, and never too narrow otherwise).
     */
    private static String width(String path) {
        return "max(length(" + path + ") + FUNCTION('OCTET_LENGTH', " + path + "))";
    }

    private static int halfWidths(Object aggregate) {
        return aggregate == null ? 0 : (int) ((((Number) aggregate).longValue() + 1) / 2);
    }

    private static java.math.BigDecimal decimal(Object aggregate) {
        if (aggregate instanceof Money money) {
            return money.amount();
        }
        if (aggregate instanceof java.math.BigDecimal decimal) {
            return decimal;
        }
        return aggregate == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(aggregate.toString());
    }

    private SubcontractorRetention locked(long id) {
        SubcontractorRetention retention = em.find(SubcontractorRetention.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (retention == null) {
            throw new NotFoundException("subcontractorRetention", id);
        }
        projects.find(retention.getProject().getId());
        return retention;
    }

    // ---- project retention receivable (R-C5) ----

    @Transactional
    public ProjectRetention recordProjectRetention(long projectId, Money amount, Integer defectLiabilityMonths) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        Project project = projects.find(projectId);
        boolean exists = !em.createQuery("select r.id from ProjectRetention r where r.project = :project", Long.class)
                .setParameter("project", project)
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new BusinessException("projectId", "retention.error.projectAlreadyRecorded", project.getCode());
        }
        ProjectRetention retention = new ProjectRetention(project, amount, defectLiabilityMonths);
        em.persist(retention);
        return retention;
    }

    @Transactional
    public ProjectRetention recordInvoice(long id, String number, LocalDate date) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(id);
        retention.recordInvoice(number, date);
        return retention;
    }

    @Transactional
    public RetentionCollection collect(long id, Money amount, LocalDate on) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(id);
        RetentionCollection collection = retention.collect(amount, on == null ? today() : on);
        em.flush();
        if (retention.outstanding().amount().signum() <= 0) {
            changeLog.record(ChangeKind.RETENTION_PAID, "project-retentions/" + id, null);
        }
        return collection;
    }

    @Transactional
    public ProjectRetention findProjectRetention(long id) {
        caller.require(Permission.RETENTION_VIEW);
        ProjectRetention retention = em.find(ProjectRetention.class, id);
        if (retention == null) {
            throw new NotFoundException("projectRetention", id);
        }
        projects.find(retention.getProject().getId());
        retention.getCollections().size();
        return retention;
    }

    /** One page of the project register (R-C5) by offset; see {@link #listProjectRetentions(Long, PageRequest, String)}. */
    @Transactional
    public Page<ProjectRetention> listProjectRetentions(Long projectId, PageRequest page) {
        return listProjectRetentions(projectId, page, null);
    }

    /**
     * One page of the project register (R-C5), by default by due date then id: read in index order
     * ({@link RegisterListQuery}), counted up to {@link Page#COUNT_CAP} beyond the page, or after the cursor
     * {@code after} (nothing counted). The page's retentions with their project and collections take two more
     * statements. The portal's other sorts read the (small) table by offset.
     */
    @Transactional
    public Page<ProjectRetention> listProjectRetentions(Long projectId, PageRequest page, String after) {
        caller.require(Permission.RETENTION_VIEW);
        RegisterListQuery query = new RegisterListQuery(RegisterListQuery.Register.PROJECT, projectId, ownDepartment());
        if (after == null && !defaultOrder(page, PROJECT_SORT, "dueDate")) {
            Map<String, Object> params = new HashMap<>();
            String where = visibleProjects("p", projectId, params);
            TypedQuery<ProjectRetention> sorted = em.createQuery(
                    "select r from ProjectRetention r join fetch r.project p" + where + " order by "
                            + page.orderBy(PROJECT_SORT, "r.dueDate") + ", r.id",
                    ProjectRetention.class);
            params.forEach(sorted::setParameter);
            sorted.setHint(QueryHints.BATCH, "r.collections").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
            return cappedPage(
                    sorted.setFirstResult(page.offset())
                            .setMaxResults(page.size())
                            .getResultList(),
                    query,
                    page);
        }
        return registerPage(
                query,
                page,
                after,
                ids -> em.createQuery(
                                "select r from ProjectRetention r join fetch r.project where r.id in :ids",
                                ProjectRetention.class)
                        .setParameter("ids", ids)
                        .setHint(QueryHints.BATCH, "r.collections")
                        .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                        .getResultList());
    }

    /** R-C5 for any period, for one project or (projectId {@code null}) all the caller may see. */
    @Transactional
    public RecoveryRate recoveryRate(LocalDate from, LocalDate to, Long projectId) {
        caller.require(Permission.RETENTION_VIEW);
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("to", "retention.error.period");
        }
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", projectId, params);
        TypedQuery<ProjectRetention> query = em.createQuery(
                "select r from ProjectRetention r join r.project p" + where + " and r.dueDate between :from and :to",
                ProjectRetention.class);
        params.forEach(query::setParameter);
        List<ProjectRetention> due =
                query.setParameter("from", from).setParameter("to", to).getResultList();
        return RecoveryRate.of(due, from, to);
    }

    // ---- the statutory return procedure (R-C8) ----

    /** R-C8: the application for the return of the company's retention, and the day the owner received it. */
    @Transactional
    public ProjectRetention applyForReturn(long id, LocalDate sent, LocalDate received, ReturnChannel channel) {
        return applyForReturn(id, sent, received, channel, null);
    }

    /**
     * R-C8: the application, with (optionally) the scan of the owner's receipt — stored in the document store under
     * the project and linked to the procedure, all or nothing: a refused file records nothing.
     */
    @Transactional
    public ProjectRetention applyForReturn(
            long id, LocalDate sent, LocalDate received, ReturnChannel channel, DocumentUpload receiptScan) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(id);
        retention.applyForReturn(sent, received, channel);
        if (receiptScan != null) {
            retention.attachReceiptScan(false, scan(retention.getProject(), "returnApplication", receiptScan));
        }
        return retention;
    }

    /** R-C8: the owner's verification (with or without objection). */
    @Transactional
    public ProjectRetention recordVerification(long id, LocalDate date, boolean objection, String reason) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(id);
        retention.recordVerification(date, objection, reason, calendarFor(retention, date));
        return retention;
    }

    /** R-C8: the written reminder and the day the owner received it. */
    @Transactional
    public ProjectRetention recordReminder(long id, LocalDate sent, LocalDate received) {
        return recordReminder(id, sent, received, null);
    }

    /** R-C8: the written reminder with (optionally) the scan of the owner's receipt, all or nothing. */
    @Transactional
    public ProjectRetention recordReminder(long id, LocalDate sent, LocalDate received, DocumentUpload receiptScan) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(id);
        retention.recordReminder(sent, received, calendarFor(retention, received));
        if (receiptScan != null) {
            retention.attachReceiptScan(true, scan(retention.getProject(), "returnReminder", receiptScan));
        }
        return retention;
    }

    /**
     * R-C8: a scan of a receipt, stored like every document (same size and type checks) as a SCAN filed under the
     * project, so the project's document list and the download servlet serve it with the project's access rules.
     */
    private Long scan(Project project, String what, DocumentUpload file) {
        StoredDocument document = documents.store(DocumentKind.SCAN, project.getCode() + " " + what, file);
        document.fileUnder(project, null);
        return document.getId();
    }

    /** R-C8: the contract's return term and late-payment rate. */
    @Transactional
    public ProjectRetention agreeReturnTerms(long id, Integer termDays, java.math.BigDecimal lateRatePercent) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(id);
        retention.agreeReturnTerms(termDays, lateRatePercent);
        return retention;
    }

    /** R-C8: where the procedure stands on {@code asOf} (today when {@code null}), with the late interest. */
    @Transactional
    public ReturnStatus returnStatus(long id, LocalDate asOf) {
        ProjectRetention retention = findProjectRetention(id);
        return returnStatus(retention, asOf == null ? today() : asOf);
    }

    /** The status of an already loaded retention (lists and work lists: one calendar and rate query per call). */
    @Transactional
    public ReturnStatus returnStatus(ProjectRetention retention, LocalDate asOf) {
        if (retention.getReturnApplication() == null) {
            return ReturnStatus.notApplied(asOf);
        }
        return retention.returnStatusOn(asOf, calendarFor(retention, asOf), configuredRates());
    }

    /**
     * The statuses of a page of retentions on {@code asOf} (the register list over the API): one rate query and one
     * holiday calendar spanning what each retention's own calendar would span, instead of two queries a row.
     */
    @Transactional
    public Map<Long, ReturnStatus> returnStatuses(List<ProjectRetention> retentions, LocalDate asOf) {
        Map<Long, ReturnStatus> statuses = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (ProjectRetention retention : retentions) {
            if (retention.getReturnApplication() == null) {
                statuses.put(retention.getId(), ReturnStatus.notApplied(asOf));
                continue;
            }
            LocalDate received = retention.getReturnApplication().getReceivedDate();
            LocalDate from = received == null ? asOf : received;
            LocalDate to = (asOf.isBefore(from) ? from : asOf).plusDays(400);
            first = first == null || from.minusDays(1).isBefore(first) ? from.minusDays(1) : first;
            last = last == null || to.isAfter(last) ? to : last;
        }
        if (first != null) {
            HolidayCalendar calendar = holidays.calendarBetween(first, last);
            LateInterest rates = configuredRates();
            for (ProjectRetention retention : retentions) {
                statuses.computeIfAbsent(retention.getId(), id -> retention.returnStatusOn(asOf, calendar, rates));
            }
        }
        return statuses;
    }

    /** R-C8: late on {@code asOf} — after the payment due date with money outstanding (see ProjectRetention). */
    @Transactional
    public boolean isOverdue(ProjectRetention retention, LocalDate asOf) {
        return retention.isOverdue(returnStatus(retention, asOf));
    }

    /**
     * R-C8 work list: the retentions with a procedure under way or a payment overdue on {@code asOf}, with their
     * status, the nearest deadline first — what the specialist and Finance must act on.
     */
    @Transactional
    public List<ReturnStatusRow> returnProcedures(LocalDate asOf) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<ProjectRetention> query = em.createQuery(
                "select r from ProjectRetention r join fetch r.project p"
                        + where + " and (r.returnApplication.receivedDate is not null or r.dueDate <= :asOf)"
                        + " and r.collected < r.amount order by r.dueDate, r.id",
                ProjectRetention.class);
        params.forEach(query::setParameter);
        LateInterest rates = configuredRates();
        return query.setParameter("asOf", asOf).getResultList().stream()
                .map(r -> new ReturnStatusRow(r, r.returnStatusOn(asOf, calendarFor(r, asOf), rates)))
                .sorted(java.util.Comparator.comparing(
                        (ReturnStatusRow row) -> row.status().nextDeadline(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** R-C8 the other way round: a subcontractor's application for the return, received by the company. */
    @Transactional
    public SubcontractorRetention receiveReturnApplication(
            long retentionId, LocalDate sent, LocalDate received, ReturnChannel channel) {
        return receiveReturnApplication(retentionId, sent, received, channel, null);
    }

    /** R-C8: a subcontractor's application with (optionally) the scan of what the company received, all or nothing. */
    @Transactional
    public SubcontractorRetention receiveReturnApplication(
            long retentionId, LocalDate sent, LocalDate received, ReturnChannel channel, DocumentUpload scan) {
        caller.require(Permission.SUBCONTRACTOR_RETENTION_EDIT);
        SubcontractorRetention retention = locked(retentionId);
        retention.receiveReturnApplication(sent, received, channel);
        if (scan != null) {
            retention.attachReceiptScan(false, scan(retention.getProject(), "subcontractorApplication", scan));
        }
        return retention;
    }

    /** R-C8: the company's answer to a subcontractor's application, within its 14 days. */
    @Transactional
    public SubcontractorRetention answerReturnApplication(
            long retentionId, LocalDate date, boolean objection, String reason) {
        caller.require(Permission.SUBCONTRACTOR_RETENTION_EDIT);
        SubcontractorRetention retention = locked(retentionId);
        retention.answerReturnApplication(date, objection, reason, calendarFrom(date));
        return retention;
    }

    /** R-C8: the subcontractor's written reminder, received by the company (its last 14 days to answer). */
    @Transactional
    public SubcontractorRetention receiveSubcontractorReminder(long retentionId, LocalDate sent, LocalDate received) {
        return receiveSubcontractorReminder(retentionId, sent, received, null);
    }

    /** R-C8: the subcontractor's reminder with (optionally) the scan of what the company received, all or nothing. */
    @Transactional
    public SubcontractorRetention receiveSubcontractorReminder(
            long retentionId, LocalDate sent, LocalDate received, DocumentUpload scan) {
        caller.require(Permission.SUBCONTRACTOR_RETENTION_EDIT);
        SubcontractorRetention retention = locked(retentionId);
        ReturnApplication application = retention.getReturnApplication();
        retention.receiveReminder(
                sent, received, calendarFrom(application == null ? received : application.getReceivedDate()));
        if (scan != null) {
            retention.attachReceiptScan(true, scan(retention.getProject(), "subcontractorReminder", scan));
        }
        return retention;
    }

    /** R-C8: the subcontractor's application as the company must see it on {@code asOf}: its own deadline to answer. */
    @Transactional
    public ReturnStatus subcontractorReturnStatus(SubcontractorRetention retention, LocalDate asOf) {
        ReturnApplication application = retention.getReturnApplication();
        return retention.returnStatusOn(
                asOf, calendarFrom(application == null ? asOf : application.getReceivedDate()), configuredRates());
    }

    /**
     * R-C8 work list the other way round: subcontractors' applications the company has not answered, nearest deadline
     * first — so that the company never falls into deemed acceptance by silence.
     */
    @Transactional
    public List<SubcontractorReturnRow> subcontractorApplicationsToAnswer(LocalDate asOf) {
        caller.require(Permission.RETENTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<SubcontractorRetention> query = em.createQuery(
                "select r from SubcontractorRetention r"
                        + " join fetch r.project p join fetch r.subcontractor" + where
                        + " and r.returnApplication.receivedDate is not null and r.returnApplication.verificationDate is null"
                        + " order by r.returnApplication.receivedDate, r.id",
                SubcontractorRetention.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new SubcontractorReturnRow(r, subcontractorReturnStatus(r, asOf)))
                .toList();
    }

    private HolidayCalendar calendarFrom(LocalDate from) {
        LocalDate start = from == null ? today() : from;
        return holidays.calendarBetween(start.minusDays(1), start.plusDays(400));
    }

    // ---- the letters of the procedure (R-C8) ----

    /**
     * R-C8: the letter of {@code kind} as the register stands today, not stored (the preview before issuing it).
     * Refused when the procedure does not call for it (see {@link LetterContent}).
     */
    @Transactional
    public LetterContent draftLetter(long retentionId, LetterKind kind, Letterhead letterhead) {
        ProjectRetention retention = findProjectRetention(retentionId);
        return LetterContent.compose(kind, retention, returnStatus(retention, today()), letterhead);
    }

    /** R-C8: issues the letter — composed from the register today and stored with it, its content frozen. */
    @Transactional
    public RetentionLetter issueLetter(long retentionId, LetterKind kind, Letterhead letterhead) {
        caller.require(Permission.PROJECT_RETENTION_EDIT);
        ProjectRetention retention = lockedProjectRetention(retentionId);
        LetterContent content = LetterContent.compose(kind, retention, returnStatus(retention, today()), letterhead);
        RetentionLetter letter = new RetentionLetter(retention, content, caller.username());
        em.persist(letter);
        return letter;
    }

    /** R-C8: a stored letter, if the caller may see its retention; otherwise "not found". */
    @Transactional
    public RetentionLetter findLetter(long letterId) {
        caller.require(Permission.RETENTION_VIEW);
        RetentionLetter letter = em.find(RetentionLetter.class, letterId);
        if (letter == null) {
            throw new NotFoundException("retentionLetter", letterId);
        }
        try {
            projects.find(letter.getRetention().getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("retentionLetter", letterId);
        }
        return letter;
    }

    /** R-C8: the letters issued for the given retentions (one page of the register), oldest first per retention. */
    @Transactional
    public Map<Long, List<RetentionLetter>> letters(java.util.Collection<Long> retentionIds) {
        caller.require(Permission.RETENTION_VIEW);
        if (retentionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<RetentionLetter>> byRetention = new HashMap<>();
        em.createQuery(
                        "select l from RetentionLetter l where l.retention.id in :ids order by l.issueDate, l.id",
                        RetentionLetter.class)
                .setParameter("ids", List.copyOf(retentionIds))
                .getResultList()
                .forEach(l -> byRetention
                        .computeIfAbsent(l.getRetention().getId(), k -> new java.util.ArrayList<>())
                        .add(l));
        return byRetention;
    }

    // ---- the procedure in figures (R-C8 for R-O3) ----

    /**
     * R-C8 for the monthly report and the dashboard: the procedure's figures at the end of {@code month} (for the
     * running month: today), over the retentions the caller may see (see {@link ReturnProcedureFigures}).
     */
    @Transactional
    public ReturnProcedureFigures returnProcedureFigures(java.time.YearMonth month) {
        caller.require(Permission.RETENTION_VIEW);
        LocalDate first = month.atDay(1);
        LocalDate asOf = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
        LateInterest rates = configuredRates();
        Map<String, Object> params = new HashMap<>();
        String where = visibleProjects("p", null, params);
        TypedQuery<ProjectRetention> ours = em.createQuery(
                "select r from ProjectRetention r join fetch r.project p" + where
                        + " and r.returnApplication.receivedDate is not null order by r.id",
                ProjectRetention.class);
        params.forEach(ours::setParameter);
        long pending = 0;
        long deemed = 0;
        long overdue = 0;
        Money overdueOutstanding = Money.ZERO;
        Money interest = Money.ZERO;
        for (ProjectRetention retention : ours.getResultList()) {
            ReturnStatus status = retention.returnStatusOn(asOf, calendarFor(retention, asOf), rates);
            switch (status.state()) {
                case AWAITING_VERIFICATION, REMINDER_DUE, AWAITING_REMINDER_ANSWER -> pending++;
                default -> {}
            }
            LocalDate deemedOn = status.deemedAcceptedDate();
            if (status.state() == ReturnState.DEEMED_ACCEPTED && !deemedOn.isBefore(first) && !deemedOn.isAfter(asOf)) {
                deemed++;
            }
            if (retention.isOverdue(status)) {
                overdue++;
                overdueOutstanding =
                        overdueOutstanding.plus(retention.getAmount().minus(retention.collectedBy(asOf)));
                interest = interest.plus(status.interestAccrued());
            }
        }
        TypedQuery<SubcontractorRetention> theirs = em.createQuery(
                "select r from SubcontractorRetention r" + " join fetch r.project p" + where
                        + " and r.returnApplication.receivedDate is not null order by r.id",
                SubcontractorRetention.class);
        params.forEach(theirs::setParameter);
        long toAnswer = 0;
        Money owed = Money.ZERO;
        for (SubcontractorRetention retention : theirs.getResultList()) {
            ReturnStatus status = retention.returnStatusOn(
                    asOf, calendarFrom(retention.getReturnApplication().getReceivedDate()), rates);
            switch (status.state()) {
                case AWAITING_VERIFICATION, REMINDER_DUE, AWAITING_REMINDER_ANSWER -> toAnswer++;
                default -> {}
            }
            owed = owed.plus(status.interestAccrued());
        }
        return new ReturnProcedureFigures(asOf, pending, deemed, overdue, overdueOutstanding, interest, toAnswer, owed);
    }

    /** The configured late-payment rates (one-year LPR history), oldest first. */
    @Transactional
    public List<LatePaymentRate> latePaymentRates() {
        return em.createQuery("select r from LatePaymentRate r order by r.effectiveFrom", LatePaymentRate.class)
                .getResultList();
    }

    /**
     * R-C8, R-O2: a new step of the configured late-payment rate (the one-year LPR as published), in force from
     * {@code effectiveFrom} until the next step. Edited by those who edit the policy; the history is the table itself.
     */
    @Transactional
    public LatePaymentRate addLatePaymentRate(LocalDate effectiveFrom, java.math.BigDecimal annualPercent) {
        caller.require(Permission.POLICY_EDIT);
        LatePaymentRate rate = new LatePaymentRate(effectiveFrom, annualPercent);
        boolean taken = !em.createQuery("select r.id from LatePaymentRate r where r.effectiveFrom = :day", Long.class)
                .setParameter("day", effectiveFrom)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new BusinessException("effectiveFrom", "returnProcedure.error.rateDayTaken", effectiveFrom);
        }
        em.persist(rate);
        return rate;
    }

    private LateInterest configuredRates() {
        return LateInterest.atRates(latePaymentRates());
    }

    /** The holiday calendar from the application's receipt to well past the day asked about. */
    private HolidayCalendar calendarFor(ProjectRetention retention, LocalDate day) {
        LocalDate from = retention.getReturnApplication() == null
                        || retention.getReturnApplication().getReceivedDate() == null
                ? (day == null ? today() : day)
                : retention.getReturnApplication().getReceivedDate();
        LocalDate to = (day == null || day.isBefore(from) ? from : day).plusDays(400);
        return holidays.calendarBetween(from.minusDays(1), to);
    }

    private ProjectRetention lockedProjectRetention(long id) {
        ProjectRetention retention = em.find(ProjectRetention.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (retention == null) {
            throw new NotFoundException("projectRetention", id);
        }
        projects.find(retention.getProject().getId());
        return retention;
    }

    private String visibleProjects(String alias, Long projectId, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (caller.restrictedToOwnDepartment()) {
            Long department = caller.departmentId();
            where.append(" and ").append(alias).append(".projectDepartment.id = :ownDepartment");
            params.put("ownDepartment", department == null ? Long.valueOf(-1L) : department);
        }
        if (projectId != null) {
            where.append(" and ").append(alias).append(".id = :projectId");
            params.put("projectId", projectId);
        }
        return where.toString();
    }

    /** One ledger line from a row of the ledger queries' select list, in the order of {@link LedgerLine}. */
    private static LedgerLine ledgerLine(Object[] row) {
        return new LedgerLine(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (LocalDate) row[4],
                (RetentionEntryKind) row[5],
                (Money) row[6],
                (String) row[7],
                (String) row[8],
                (LocalDate) row[9]);
    }
}
