package org.aftersales.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;

/**
 * The skills matrix (R-K4): every after-sales engineer and specialist against the four skills every engineer must
 * have (第四章3.1), read from {@link EngineerQualification} — the rows the dispatcher also reads (R-S6) —, with the
 * manual trainings each still owes; and recording a newly gained skill with its date and evidence.
 */
@ApplicationScoped
public class SkillsMatrixService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public List<EngineerSkills> matrix() {
        caller.require(Permission.SKILLS_VIEW);
        List<AppUser> engineers = em.createQuery(
                        "select distinct u from AppUser u join u.roles r"
                                + " where u.enabled = :enabled and r in :roles order by u.username",
                        AppUser.class)
                .setParameter("enabled", Boolean.TRUE)
                .setParameter("roles", EnumSet.of(Role.AFTER_SALES_ENGINEER, Role.AFTER_SALES_SPECIALIST))
                .getResultList();
        if (engineers.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Qualification, EngineerQualification>> skills = new HashMap<>();
        for (EngineerQualification skill : em.createQuery(
                        "select q from EngineerQualification q where q.engineer in :engineers",
                        EngineerQualification.class)
                .setParameter("engineers", engineers)
                .getResultList()) {
            skills.computeIfAbsent(skill.getEngineer().getId(), id -> new EnumMap<>(Qualification.class))
                    .put(skill.getQualification(), skill);
        }
        Map<Long, Long> owed = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.trainee.id, count(r) from TrainingRequirement r"
                                + " where r.state = org.aftersales.training.TrainingState.OPEN group by r.trainee.id",
                        Object[].class)
                .getResultList()) {
            owed.put((Long) row[0], (Long) row[1]);
        }
        return engineers.stream()
                .map(u -> new EngineerSkills(
                        u.getId(),
                        u.getUsername(),
                        u.getDisplayName(),
                        skills.getOrDefault(u.getId(), Map.of()),
                        owed.getOrDefault(u.getId(), 0L)))
                .toList();
    }

    /** Records a skill an engineer has gained: since when and on what evidence (a certificate, a training record). */
    @Transactional
    public EngineerQualification grant(long engineerId, Qualification qualification, LocalDate since, String evidence) {
        caller.require(Permission.SKILLS_EDIT);
        AppUser engineer = em.find(AppUser.class, engineerId);
        if (engineer == null) {
            throw new NotFoundException("user", engineerId);
        }
        if (since != null && since.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("since", "skills.error.sinceInFuture");
        }
        boolean known = !em.createQuery(
                        "select q.id from EngineerQualification q where q.engineer = :engineer"
                                + " and q.qualification = :qualification",
                        Long.class)
                .setParameter("engineer", engineer)
                .setParameter("qualification", qualification)
                .getResultList()
                .isEmpty();
        if (known) {
            throw new BusinessException("qualification", "skills.error.alreadyQualified");
        }
        String proof = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (proof != null && proof.length() > EngineerQualification.EVIDENCE_LENGTH) {
            proof = proof.substring(0, EngineerQualification.EVIDENCE_LENGTH);
        }
        EngineerQualification skill = new EngineerQualification(engineer, qualification, since, proof);
        em.persist(skill);
        return skill;
    }
}
