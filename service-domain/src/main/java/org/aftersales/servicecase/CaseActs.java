package org.aftersales.servicecase;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.StaleVersionException;

/**
 * What every use case acting on a case does the same way: saving with new versions of the parts it changed. (When an act happened is judged
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
     * Saves an act on a case with new versions of what it changed (issue 16; README "The service case: one head row and
     * three parts"): each part the act changed ({@link CasePart}: intake & routing, dispatch & on site, sign-off &
     * after-service) has its version force-incremented — also when only its own rows (a dispatch, a hand-off, a signed
     * report) or a clock changed —, the head ({@code service_case}) takes a new version through its {@code @Version}
     * only when the act changed one of its columns (a status step, a crisis flag, a reclassification), and timeline
     * lines are inserts. So two acts on the same part, or two that both change the head, cannot both succeed
     * unnoticed — the second is refused as stale ({@link StaleVersionException}, the API's 409) —, while acts on
     * different parts that leave the head alone (a cost booking in the office, an arrival on the phone) both succeed.
     */
    public static ServiceCase saved(EntityManager em, ServiceCase serviceCase) {
        List<CasePart> changed = serviceCase.takeChangedParts();
        try {
            for (CasePart part : changed) {
                em.lock(part, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            BaseEntity stale = staleOne(concurrentEdit, serviceCase);
            throw new StaleVersionException(stale.getModifiedBy(), stale.getModifiedAt());
        }
        return serviceCase;
    }

    /** The row found changed: a part or the head, as the exception names it. */
    private static BaseEntity staleOne(OptimisticLockException concurrentEdit, ServiceCase serviceCase) {
        return concurrentEdit.getEntity() instanceof BaseEntity entity ? entity : serviceCase;
    }
}
