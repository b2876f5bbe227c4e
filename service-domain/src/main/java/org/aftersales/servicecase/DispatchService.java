package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.EngineerQualification;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;

/**
 * Use cases of dispatch (R-S6): the dispatcher's view of the engineers — skills, gaps, bookings —, the specialist's
 * proposal of whom to send, and the division leader's or general manager's decision.
 *
 * <p>Bookings are approved dispatches. Approving locks the rows of the engineers chosen (in id order, so two approvals
 * cannot deadlock) before it looks at their bookings: two leaders approving at once cannot both book one engineer
 * for overlapping windows.
 */
@ApplicationScoped
public class DispatchService {

    /** The window the dispatcher looks at when none is asked for: the coming week. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ServiceCaseService cases;

    @Inject
    Clock clock;

    /**
     * Every enabled after-sales engineer, by name, with their skills and the approved dispatches that book them in
     * {@code [from, to)}; from now for {@link #DEFAULT_WINDOW} when not given.
     */
    @Transactional
    public List<EngineerAvailability> engineers(Instant from, Instant to) {
        if (!caller.may(Permission.DISPATCH_PROPOSE) && !caller.may(Permission.DISPATCH_APPROVE)) {
            throw new AccessDeniedException();
        }
        Instant windowFrom = from != null ? from : clock.instant();
        Instant windowTo = to != null ? to : windowFrom.plus(DEFAULT_WINDOW);
        if (!windowTo.isAfter(windowFrom)) {
            throw new BusinessException("to", "dispatch.error.windowOrder", windowFrom, windowTo);
        }
        List<AppUser> engineers = allEngineers();
        Map<Long, Set<Qualification>> skills = new HashMap<>();
        Map<Long, List<EngineerAvailability.Booking>> bookings = new HashMap<>();
        if (!engineers.isEmpty()) {
            for (EngineerQualification held : em.createQuery(
                            "select q from EngineerQualification q where q.engineer in :engineers",
                            EngineerQualification.class)
                    .setParameter("engineers", engineers)
                    .getResultList()) {
                skills.computeIfAbsent(held.getEngineer().getId(), id -> EnumSet.noneOf(Qualification.class))
                        .add(held.getQualification());
            }
            for (Dispatch dispatch : bookings(engineers, windowFrom, windowTo)) {
                for (AppUser engineer : dispatch.getEngineers()) {
                    bookings.computeIfAbsent(engineer.getId(), id -> new ArrayList<>())
                            .add(new EngineerAvailability.Booking(
                                    dispatch.getId(),
                                    dispatch.getServiceCase().getId(),
                                    dispatch.getServiceCase().getNumber(),
                                    dispatch.getPlannedFrom(),
                                    dispatch.getPlannedTo()));
                }
            }
        }
        return engineers.stream()
                .map(engineer -> new EngineerAvailability(
                        engineer.getId(),
                        engineer.getUsername(),
                        engineer.getDisplayName(),
                        skills.getOrDefault(engineer.getId(), Set.of()),
                        bookings.getOrDefault(engineer.getId(), List.of()).stream()
                                .sorted(Comparator.comparing(EngineerAvailability.Booking::plannedFrom))
                                .toList()))
                .toList();
    }

    /** The specialist proposes whom to send for the planned window (人员调配建议). */
    @Transactional
    public ServiceCase propose(
            long caseId,
            List<Long> engineerIds,
            Instant plannedFrom,
            Instant plannedTo,
            Instant at,
            String lateReason) {
        caller.require(Permission.DISPATCH_PROPOSE);
        ServiceCase serviceCase = cases.find(caseId);
        requireAcceptedQuotation(serviceCase);
        List<AppUser> engineers = users(engineerIds, false);
        List<Dispatch> bookings = plannedFrom == null || plannedTo == null || !plannedTo.isAfter(plannedFrom)
                ? List.of()
                : bookings(engineers, plannedFrom, plannedTo);
        serviceCase.enter(
                cases.lateEntryRule(),
                at,
                lateReason,
                when -> serviceCase.proposeDispatch(
                        engineers, plannedFrom, plannedTo, bookings, caller.username(), when));
        return CaseActs.saved(em, serviceCase);
    }

    /**
     * The division leader or the general manager approves the open proposal, sending {@code engineerIds} — or those
     * proposed when none are given: the case is DISPATCHED.
     */
    @Transactional
    public ServiceCase approve(long caseId, List<Long> engineerIds, Instant at, String lateReason) {
        caller.require(Permission.DISPATCH_APPROVE);
        ServiceCase serviceCase = cases.find(caseId);
        requireAcceptedQuotation(serviceCase);
        Dispatch open = serviceCase.openDispatch().orElse(null);
        List<Long> chosenIds = engineerIds == null || engineerIds.isEmpty()
                ? open == null
                        ? List.of()
                        : open.getProposedEngineers().stream()
                                .map(AppUser::getId)
                                .toList()
                : engineerIds;
        List<AppUser> chosen = users(chosenIds, true);
        List<Dispatch> bookings =
                open == null ? List.of() : bookings(chosen, open.getPlannedFrom(), open.getPlannedTo());
        serviceCase.enter(
                cases.lateEntryRule(),
                at,
                lateReason,
                when -> serviceCase.approveDispatch(chosen, bookings, caller.username(), when));
        return CaseActs.saved(em, serviceCase);
    }

    /** The open proposal is rejected, with the reason. */
    @Transactional
    public ServiceCase reject(long caseId, String reason, Instant at, String lateReason) {
        caller.require(Permission.DISPATCH_APPROVE);
        ServiceCase serviceCase = cases.find(caseId);
        serviceCase.enter(
                cases.lateEntryRule(),
                at,
                lateReason,
                when -> serviceCase.rejectDispatch(reason, caller.username(), when));
        return CaseActs.saved(em, serviceCase);
    }

    /**
     * R-C6: paid service starts only after the owner accepted the quotation — a PAID case without an accepted
     * quotation is neither proposed for dispatch nor dispatched. (The quotation lives in paidservice, which builds on
     * the case; the check reads it by query so that the case does not depend on it.)
     */
    private void requireAcceptedQuotation(ServiceCase serviceCase) {
        if (serviceCase.getServiceClass() != ServiceClass.PAID) {
            return;
        }
        long accepted = em.createQuery(
                        "select count(q) from Quotation q where q.serviceCase = :serviceCase and q.acceptedAt is not null",
                        Long.class)
                .setParameter("serviceCase", serviceCase)
                .getSingleResult();
        if (accepted == 0) {
            throw new BusinessException(null, "dispatch.error.quotationNotAccepted", serviceCase.getNumber());
        }
    }

    private List<AppUser> allEngineers() {
        return em
                .createQuery("select distinct u from AppUser u join u.roles r where r = :role", AppUser.class)
                .setParameter("role", Role.AFTER_SALES_ENGINEER)
                .getResultList()
                .stream()
                .filter(AppUser::isEnabled)
                .sorted(Comparator.comparing(AppUser::getDisplayName).thenComparing(AppUser::getId))
                .toList();
    }

    /**
     * The users of {@code ids}, in the order given, each once; an unknown id is refused. With {@code lock}, their rows
     * are locked first, in id order, until the transaction ends.
     */
    private List<AppUser> users(List<Long> ids, boolean lock) {
        if (ids == null) {
            return List.of();
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.contains(null)) {
            throw new BusinessException("engineerIds", "dispatch.error.engineersRequired");
        }
        Map<Long, AppUser> found = new HashMap<>();
        for (Long id : distinct.stream().sorted().toList()) {
            AppUser user =
                    lock ? em.find(AppUser.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(AppUser.class, id);
            if (user == null) {
                throw new BusinessException("engineerIds", "dispatch.error.unknownEngineer", id);
            }
            found.put(id, user);
        }
        return distinct.stream().map(found::get).toList();
    }

    /** The approved dispatches that book any of {@code engineers} at some moment of {@code [from, to)}. */
    private List<Dispatch> bookings(List<AppUser> engineers, Instant from, Instant to) {
        if (engineers.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct d from Dispatch d join d.engineers e where e in :engineers"
                                + " and d.status = :approved and d.plannedFrom < :to and d.plannedTo > :from",
                        Dispatch.class)
                .setParameter("engineers", engineers)
                .setParameter("approved", DispatchStatus.APPROVED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
