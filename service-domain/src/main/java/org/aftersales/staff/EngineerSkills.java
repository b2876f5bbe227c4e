package org.aftersales.staff;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the skills matrix (R-K4): an engineer, the required skills they have — since when, on what evidence —
 * the skills they lack (a gap to train, R-S6), and how many manual trainings they still owe. The getters are for EL.
 */
public record EngineerSkills(
        long userId,
        String username,
        String displayName,
        Map<Qualification, EngineerQualification> skills,
        long trainingsOwed) {

    public EngineerSkills {
        skills = skills.isEmpty() ? new EnumMap<>(Qualification.class) : new EnumMap<>(skills);
    }

    public boolean has(Qualification qualification) {
        return skills.containsKey(qualification);
    }

    public LocalDate since(Qualification qualification) {
        EngineerQualification skill = skills.get(qualification);
        return skill == null ? null : skill.getQualifiedSince();
    }

    public String evidence(Qualification qualification) {
        EngineerQualification skill = skills.get(qualification);
        return skill == null ? null : skill.getEvidence();
    }

    /** The required skills the engineer lacks (第四章3.1 必须具备): each is flagged for training. */
    public List<Qualification> gaps() {
        return java.util.Arrays.stream(Qualification.values())
                .filter(q -> !skills.containsKey(q))
                .toList();
    }

    public long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getTrainingsOwed() {
        return trainingsOwed;
    }

    public List<Qualification> getGaps() {
        return gaps();
    }
}
