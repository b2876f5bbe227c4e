package org.aftersales.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.RetentionService;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.survey.SurveyPurpose;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The monthly report to the general manager (R-O3; 第五章): the month's headline figures ({@link MonthlyKpi}), computed
 * once in the database by aggregate queries — counts grouped by type and class, the month's clocks as bare columns
 * rather than entities — so that a month of a large plant base stays cheap.
 *
 * <p>A month is judged in the configured zone: it runs from 00:00 of its first day to 00:00 of the next month's first
 * day. A clock counts in the month its {@code dueAt} falls in; a clock that stopped unmet before it came due (its case
 * was closed or cancelled first) never fell due and is left out; one that stopped after its due time was breached and
 * counts as not met.
 */
@ApplicationScoped
public class MonthlyReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    @Inject
    RetentionService retentions;

    /** The month before today's (in the configured zone): what the scheduled report of the 1st covers. */
    public YearMonth previousMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(config.zone()))).minusMonths(1);
    }

    /** The headline figures of {@code month} (see {@link MonthlyKpi}). */
    @Transactional
    public MonthlyKpi kpi(YearMonth month) {
        caller.require(Permission.MONTHLY_REPORT_VIEW);
        ZoneId zone = config.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            byType.put(type, 0L);
        }
        em.createQuery("select c.type, count(c) from ServiceCase c where c.receivedAt >= :from and c.receivedAt < :to"
                        + " group by c.type", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> byType.put((CaseType) row[0], (Long) row[1]));
        Map<ServiceClass, Long> byClass = new EnumMap<>(ServiceClass.class);
        for (ServiceClass serviceClass : ServiceClass.values()) {
            byClass.put(serviceClass, 0L);
        }
        em.createQuery("select c.serviceClass, count(c) from ServiceCase c where c.receivedAt >= :from"
                        + " and c.receivedAt < :to group by c.serviceClass", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> byClass.put((ServiceClass) row[0], (Long) row[1]));
        long received = byType.values().stream().mapToLong(Long::longValue).sum();

        Map<ClockKind, List<ClockCompliance.Sample>> samples = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            samples.put(kind, new ArrayList<>());
        }
        em.createQuery("select k.kind, k.startedAt, k.dueAt, k.metAt, k.pausedSeconds, k.stoppedAt from SlaClock k"
                        + " where k.dueAt >= :from and k.dueAt < :to", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> sample((Instant) row[1], (Instant) row[2], (Instant) row[3], ((Number) row[4]).longValue(),
                        (Instant) row[5]).ifPresent(s -> samples.get((ClockKind) row[0]).add(s)));
        List<ClockCompliance> clocks = new ArrayList<>();
        samples.forEach((kind, list) -> clocks.add(ClockCompliance.of(kind, list)));

        long crises = em.createQuery("select count(c) from ServiceCase c where c.crisis = :yes"
                        + " and c.receivedAt < :to and (c.closedAt is null or c.closedAt >= :to)"
                        + " and (c.cancelledAt is null or c.cancelledAt >= :to)"
                        + " and exists (select e.id from CaseEvent e where e.serviceCase = c and e.kind = :flagged"
                        + " and e.occurredAt < :to)", Long.class)
                .setParameter("to", to)
                .setParameter("flagged", CaseEventKind.CRISIS_FLAGGED)
                .setParameter("yes", Boolean.TRUE)
                .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
                .getSingleResult();
        long complaints = em.createQuery("select count(c) from ServiceCase c where c.type = :complaint"
                        + " and c.receivedAt < :to and (c.closedAt is null or c.closedAt >= :to)"
                        + " and (c.cancelledAt is null or c.cancelledAt >= :to)", Long.class)
                .setParameter("complaint", CaseType.COMPLAINT)
                .setParameter("to", to)
                .getSingleResult();

        Object[] satisfaction = em.createQuery("select count(r.score), sum(r.score) from SurveyResponse r"
                        + " join r.template t where t.purpose = :owner and r.answeredDate >= :first"
                        + " and r.answeredDate <= :last", Object[].class)
                .setParameter("owner", SurveyPurpose.OWNER_SATISFACTION)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .getSingleResult();
        long responses = ((Number) satisfaction[0]).longValue();
        BigDecimal average = responses == 0 ? null
                : new BigDecimal(satisfaction[1].toString()).divide(BigDecimal.valueOf(responses), 2,
                        RoundingMode.HALF_UP);

        RecoveryRate monthRate = retentions.recoveryRate(month.atDay(1), month.atEndOfMonth(), null);
        RecoveryRate yearRate = retentions.recoveryRate(month.withMonth(1).atDay(1), month.atEndOfMonth(), null);
        return new MonthlyKpi(month, received, byType, byClass, clocks, crises, complaints, average, responses,
                monthRate, yearRate);
    }

    /** The clock as the month counts it; empty when it stopped unmet before it came due. */
    static Optional<ClockCompliance.Sample> sample(Instant startedAt, Instant dueAt, Instant metAt,
            long pausedSeconds, Instant stoppedAt) {
        if (metAt == null) {
            if (stoppedAt != null && !stoppedAt.isAfter(dueAt)) {
                return Optional.empty();
            }
            return Optional.of(new ClockCompliance.Sample(false, null));
        }
        long net = Duration.between(startedAt, metAt).getSeconds() - pausedSeconds;
        return Optional.of(new ClockCompliance.Sample(!metAt.isAfter(dueAt), Math.max(0, net)));
    }
}
