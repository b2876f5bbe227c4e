package org.aftersales.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.field.EngineerDay.Article;
import org.aftersales.field.EngineerDay.Assignment;
import org.aftersales.field.EngineerDay.Contact;
import org.aftersales.field.EngineerDay.Equipment;
import org.aftersales.field.EngineerDay.PastCase;
import org.aftersales.field.EngineerDay.RunningClock;
import org.aftersales.knowledge.ArticleState;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.Dispatch;
import org.aftersales.servicecase.DispatchStatus;
import org.aftersales.servicecase.OnSiteVisit;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The engineer's day ({@link EngineerDay}, issue 16): the caller's approved dispatches (R-S6) of open cases that end
 * today or later, ordered by the arrival agreed with the owner (R-S7) or, before one is agreed, the planned start. An
 * engineer has a handful: each is read with its contacts, its equipment's last cases and the articles for its model,
 * a few statements apiece.
 */
@ApplicationScoped
public class EngineerDayService {

    /** Earlier cases on the equipment shown per assignment. */
    static final int HISTORY = 3;

    /** Knowledge-base articles for the equipment's model shown per assignment. */
    static final int ARTICLES = 3;

    private static final EnumSet<CaseStatus> CLOSED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.CANCELLED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    /** The caller's day now. */
    @Transactional
    public EngineerDay mine() {
        return at(clock.instant());
    }

    /** The caller's day at {@code now}: dispatches ending from the start of that day (configured zone) on. */
    @Transactional
    public EngineerDay at(Instant now) {
        caller.require(Permission.CASE_VIEW);
        Instant startOfDay = LocalDate.ofInstant(now, config.zone())
                .atStartOfDay(config.zone())
                .toInstant();
        List<Dispatch> dispatches = em.createQuery(
                        "select d from Dispatch d join d.engineers e join fetch d.serviceCase sc"
                                + " join fetch sc.project p where d.status = :approved and e.username = :me"
                                + " and d.plannedTo > :from and sc.status not in :closed order by d.plannedFrom, d.id",
                        Dispatch.class)
                .setParameter("approved", DispatchStatus.APPROVED)
                .setParameter("me", caller.username())
                .setParameter("from", startOfDay)
                .setParameter("closed", CLOSED)
                .getResultList();
        List<Assignment> assignments = dispatches.stream()
                .map(d -> assignment(d, now))
                .sorted(Comparator.comparing(Assignment::visitAt).thenComparing(Assignment::caseNumber))
                .toList();
        return new EngineerDay(now, assignments);
    }

    private Assignment assignment(Dispatch dispatch, Instant now) {
        ServiceCase serviceCase = dispatch.getServiceCase();
        Project project = serviceCase.getProject();
        Instant agreed =
                serviceCase.getVisit().map(visit -> visit.getAgreedArrivalAt()).orElse(null);
        EquipmentItem item = serviceCase.getEquipmentItem();
        return new Assignment(
                serviceCase.getId(),
                serviceCase.getNumber(),
                project.getCode(),
                project.getName(),
                project.getSite(),
                project.getOwner() == null ? null : project.getOwner().getName(),
                serviceCase.getDescription(),
                agreed != null ? agreed : dispatch.getPlannedFrom(),
                agreed != null,
                dispatch.getPlannedTo(),
                serviceCase.getArrivedAt(),
                serviceCase.getStatus(),
                next(serviceCase, caller.username()),
                serviceCase.engineersWithoutSafetyAcknowledgement().stream()
                        .filter(engineer -> !engineer.getUsername().equals(caller.username()))
                        .map(AppUser::getDisplayName)
                        .collect(Collectors.joining("、")),
                contacts(project),
                runningClock(serviceCase, now),
                item == null
                        ? null
                        : new Equipment(
                                item.getId(), item.getTag(), item.getName(), item.getModel(), item.getManufacturer()),
                item == null ? List.of() : history(item, serviceCase),
                item == null ? List.of() : articles(item.getModel()));
    }

    /**
     * The on-site acts {@code username}'s card offers next, as the case's rules allow them (R-S5, R-S7), in the order of
     * the visit: the arrival once the visit is agreed with the owner and until it is recorded; then the safety rules,
     * which each dispatched engineer acknowledges for themselves, once; then the work done, once every engineer sent
     * has acknowledged them; while on site, the work may be interrupted (waiting for parts or the owner). The acts
     * themselves refuse anything else ({@link ServiceCase#recordArrival},
     * {@link ServiceCase#acknowledgeSafety}, {@link ServiceCase#recordWorkDone}, {@link ServiceCase#recordWorkInterruption}); this only keeps the phone from
     * offering a button that would be refused.
     */
    public static Set<FieldAct> next(ServiceCase serviceCase, String username) {
        Set<FieldAct> next = EnumSet.noneOf(FieldAct.class);
        CaseStatus status = serviceCase.getStatus();
        boolean agreed = serviceCase.getVisit().map(OnSiteVisit::isAgreed).orElse(false);
        if (status == CaseStatus.DISPATCHED && agreed) {
            next.add(FieldAct.ARRIVE);
        }
        if (status == CaseStatus.ARRIVED) {
            List<AppUser> pending = serviceCase.engineersWithoutSafetyAcknowledgement();
            if (pending.stream().anyMatch(engineer -> engineer.getUsername().equals(username))) {
                next.add(FieldAct.ACKNOWLEDGE_SAFETY);
            } else if (pending.isEmpty()) {
                next.add(FieldAct.RECORD_WORK_DONE);
            }
            next.add(FieldAct.INTERRUPT_WORK);
        }
        return next;
    }

    /** The owner's people of the project, those who may sign the service report first (R-S8). */
    private List<Contact> contacts(Project project) {
        return em
                .createQuery(
                        "select c from OwnerContact c where c.project = :project"
                                + " order by c.signOffAuthority desc, c.name, c.id",
                        OwnerContact.class)
                .setParameter("project", project)
                .getResultList()
                .stream()
                .map(c -> new Contact(c.getName(), c.getTitle(), c.getPhone(), c.isSignOffAuthority()))
                .toList();
    }

    /**
     * The clock to mind: the arrival clock while it runs (第三章: 72 h on site), else the running clock due first; a
     * met or stopped clock runs no more. {@code null} when none runs.
     */
    static RunningClock runningClock(ServiceCase serviceCase, Instant now) {
        return serviceCase.getClocks().stream()
                .filter(c -> c.getMetAt() == null && c.getStoppedAt() == null)
                .map(c -> new RunningClock(c.getKind(), c.dueAtAsOf(now), c.stateAt(now)))
                .filter(c -> c.state() != ClockState.MET)
                .min(Comparator.comparing((RunningClock c) -> c.kind() != ClockKind.ON_SITE_ARRIVAL)
                        .thenComparing(RunningClock::dueAt))
                .orElse(null);
    }

    private List<PastCase> history(EquipmentItem item, ServiceCase current) {
        return em
                .createQuery(
                        "select sc.id, sc.number, sc.receivedAt, sc.description, sc.status from ServiceCase sc"
                                + " where sc.equipmentItem = :item and sc.id <> :current"
                                + " order by sc.receivedAt desc, sc.id desc",
                        Object[].class)
                .setParameter("item", item)
                .setParameter("current", current.getId())
                .setMaxResults(HISTORY)
                .getResultList()
                .stream()
                .map(row -> new PastCase(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (Instant) row[2],
                        (String) row[3],
                        ((CaseStatus) row[4]).name()))
                .toList();
    }

    /** Repair cases and design defects written for the model (R-K1), the latest first; drafts are not shown. */
    private List<Article> articles(String model) {
        if (model == null || model.isBlank()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select a.id, a.title from KnowledgeArticle a where lower(a.equipmentModel) = :model"
                                + " and a.state <> :draft order by a.modifiedAt desc, a.id desc",
                        Object[].class)
                .setParameter("model", model.strip().toLowerCase(Locale.ROOT))
                .setParameter("draft", ArticleState.DRAFT)
                .setMaxResults(ARTICLES)
                .getResultList()
                .stream()
                .map(row -> new Article(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }
}
