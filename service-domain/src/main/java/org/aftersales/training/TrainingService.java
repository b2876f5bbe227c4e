package org.aftersales.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.manual.ManualVersion;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Training on approved manual versions (R-K2) and training history (R-K4): the list of who still owes training,
 * recording a training — which closes what it meets —, and each person's history.
 */
@ApplicationScoped
public class TrainingService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "trainee", "t.displayName",
            "manual", "m.number",
            "dueDate", "r.dueDate",
            "state", "r.state");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Page<TrainingRequirement> requirements(TrainingFilter filter, PageRequest page) {
        caller.require(Permission.MANUAL_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.state() != null) {
            where.append(" and r.state = :state");
            params.put("state", filter.state());
        }
        if (filter.manualId() != null) {
            where.append(" and m.id = :manual");
            params.put("manual", filter.manualId());
        }
        if (filter.traineeId() != null) {
            where.append(" and t.id = :trainee");
            params.put("trainee", filter.traineeId());
        }
        String from = " from TrainingRequirement r join r.trainee t join r.manualVersion v join v.manual m";
        TypedQuery<TrainingRequirement> query = em.createQuery(
                "select r" + from + where + " order by " + page.orderBy(SORT_FIELDS, "r.dueDate")
                        + ", t.username, r.id",
                TrainingRequirement.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + from + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TrainingRequirement> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        items.forEach(r -> r.getManualVersion().getManual().getNumber());
        return new Page<>(items, count.getSingleResult());
    }

    /** Records that the training a requirement asks for took place, and closes it. */
    @Transactional
    public TrainingRecord record(long requirementId, LocalDate trainedOn, String trainer, String note) {
        caller.require(Permission.TRAINING_RECORD);
        TrainingRequirement requirement = em.find(TrainingRequirement.class, requirementId);
        if (requirement == null) {
            throw new NotFoundException("trainingRequirement", requirementId);
        }
        TrainingRecord record = new TrainingRecord(
                requirement.getTrainee(), requirement.getManualVersion(), null, trainedOn, trainer, note, today());
        em.persist(record);
        requirement.closeWith(record);
        return record;
    }

    /**
     * Records a training of a person on a manual version or another topic; it closes the person's open requirement
     * for that version, if there is one.
     */
    @Transactional
    public TrainingRecord record(
            long traineeId, Long manualVersionId, String topic, LocalDate trainedOn, String trainer, String note) {
        caller.require(Permission.TRAINING_RECORD);
        AppUser trainee = em.find(AppUser.class, traineeId);
        if (trainee == null) {
            throw new NotFoundException("user", traineeId);
        }
        ManualVersion version = manualVersionId == null ? null : em.find(ManualVersion.class, manualVersionId);
        if (manualVersionId != null && version == null) {
            throw new NotFoundException("manualVersion", manualVersionId);
        }
        TrainingRecord record = new TrainingRecord(trainee, version, topic, trainedOn, trainer, note, today());
        em.persist(record);
        if (version != null) {
            em.createQuery(
                            "select r from TrainingRequirement r where r.trainee = :trainee"
                                    + " and r.manualVersion = :version and r.state = :open",
                            TrainingRequirement.class)
                    .setParameter("trainee", trainee)
                    .setParameter("version", version)
                    .setParameter("open", TrainingState.OPEN)
                    .getResultList()
                    .forEach(requirement -> requirement.closeWith(record));
        }
        return record;
    }

    /** A person's training history, newest first (R-K4). */
    @Transactional
    public List<TrainingRecord> history(long traineeId) {
        caller.require(Permission.SKILLS_VIEW);
        return em.createQuery(
                        "select r from TrainingRecord r left join fetch r.manualVersion"
                                + " where r.trainee.id = :trainee order by r.trainedOn desc, r.id desc",
                        TrainingRecord.class)
                .setParameter("trainee", traineeId)
                .getResultList();
    }

    /** How much training each person still owes, by user id. */
    @Transactional
    public Map<Long, Long> owedByTrainee() {
        Map<Long, Long> owed = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.trainee.id, count(r) from TrainingRequirement r"
                                + " where r.state = :open group by r.trainee.id",
                        Object[].class)
                .setParameter("open", TrainingState.OPEN)
                .getResultList()) {
            owed.put((Long) row[0], (Long) row[1]);
        }
        return owed;
    }
}
