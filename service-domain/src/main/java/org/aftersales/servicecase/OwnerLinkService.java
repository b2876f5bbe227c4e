package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.staff.AppUser;

/**
 * The owner's link (issue 16, {@link OwnerLinks}): the people who work a case make it — a new one revokes the case's
 * earlier links — and anyone holding the token reads the case's {@link OwnerView} without an account.
 */
@ApplicationScoped
public class OwnerLinkService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceCaseService cases;

    @Inject
    Clock clock;

    /** A link made: the token, shown this once, and when it stops opening the case ({@code null}: not while open). */
    public record MadeLink(String token, Instant expiresAt) {}

    /**
     * Makes a new link for the owner's contact of case {@code caseId}, for those who may work it (R-L5,
     * {@link CaseWork}): the case's earlier links are revoked, the timeline says a link was made.
     */
    @Transactional
    public MadeLink make(long caseId) {
        ServiceCase serviceCase = cases.forWork(caseId);
        Instant now = clock.instant();
        em.createQuery(
                        "select l from OwnerLink l where l.serviceCase = :serviceCase and l.revokedAt is null",
                        OwnerLink.class)
                .setParameter("serviceCase", serviceCase)
                .getResultList()
                .forEach(old -> old.revoke(now));
        String token = OwnerLinks.newToken(RANDOM);
        em.persist(new OwnerLink(serviceCase, OwnerLinks.hash(token)));
        serviceCase.recordOwnerLinkMade(now);
        CaseActs.saved(em, serviceCase);
        return new MadeLink(token, OwnerLinks.expiresAt(serviceCase));
    }

    /**
     * Revokes the case's links for the owner (issue 16: tokens revocable from the portal), for those who may work it: a
     * revoked token answers like an unknown one. The timeline says so when there was a link to revoke; returns how many
     * were revoked.
     */
    @Transactional
    public int revoke(long caseId) {
        ServiceCase serviceCase = cases.forWork(caseId);
        Instant now = clock.instant();
        List<OwnerLink> active = em.createQuery(
                        "select l from OwnerLink l where l.serviceCase = :serviceCase and l.revokedAt is null",
                        OwnerLink.class)
                .setParameter("serviceCase", serviceCase)
                .getResultList();
        if (active.isEmpty()) {
            return 0;
        }
        active.forEach(link -> link.revoke(now));
        serviceCase.recordOwnerLinkRevoked(now);
        CaseActs.saved(em, serviceCase);
        return active.size();
    }

    /**
     * What the link of {@code token} shows now; empty alike for a token unknown, revoked or expired. No caller is
     * needed: the token is the permission.
     */
    @Transactional
    public Optional<OwnerView> view(String token) {
        if (!OwnerLinks.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<OwnerLink> found = em.createQuery("select l from OwnerLink l where l.tokenHash = :hash", OwnerLink.class)
                .setParameter("hash", OwnerLinks.hash(token))
                .getResultList();
        return found.stream()
                .filter(link -> link.opensAt(now))
                .findFirst()
                .map(link -> viewOf(link.getServiceCase(), now));
    }

    private static OwnerView viewOf(ServiceCase serviceCase, Instant now) {
        OwnerView.Visit visit = serviceCase
                .approvedDispatch()
                .map(dispatch -> new OwnerView.Visit(
                        dispatch.getEngineers().stream()
                                .map(AppUser::getDisplayName)
                                .toList(),
                        dispatch.getPlannedFrom(),
                        dispatch.getPlannedTo(),
                        serviceCase
                                .getVisit()
                                .map(OnSiteVisit::getAgreedArrivalAt)
                                .orElse(null)))
                .orElse(null);
        List<OwnerView.Clock> clocks = serviceCase.getClocks().stream()
                .map(c -> new OwnerView.Clock(c.getKind(), c.dueAtAsOf(now), c.stateAt(now)))
                .toList();
        return new OwnerView(
                serviceCase.getNumber(),
                serviceCase.getStatus(),
                serviceCase.getProject().getName(),
                serviceCase.getReceivedAt(),
                visit,
                clocks,
                OwnerLinks.expiresAt(serviceCase));
    }
}
