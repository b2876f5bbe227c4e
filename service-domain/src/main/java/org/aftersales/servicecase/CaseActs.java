package org.aftersales.servicecase;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.StaleVersionException;

/**
 * What every use case acting on a case does the same way: saving with a new version. (When an act happened is judged
 * by {@link LateEntryRule}, through {@link ServiceCase#enter}.)
 */
public final class CaseActs {

    private CaseActs() {}

    /** An instant the caller states besides the act's own (a consent, a report): not later than now, beyond the skew. */
    public static Instant notInFuture(Clock clock, String field, Instant at) {
        if (at != null && at.isAfter(clock.instant().plus(ServiceCase.CLOCK_SKEW))) {
            throw new BusinessException(field, "case.error.inFuture");
        }
        return at;
    }

    /**
     * Every act changes the aggregate, also when only a clock, the timeline or a part of it changed: its version goes
     * up, so two people acting on one case at once cannot both succeed unnoticed.
     */
    public static ServiceCase saved(EntityManager em, ServiceCase serviceCase) {
        try {
            em.lock(serviceCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(serviceCase.getModifiedBy(), serviceCase.getModifiedAt());
        }
        return serviceCase;
    }
}
