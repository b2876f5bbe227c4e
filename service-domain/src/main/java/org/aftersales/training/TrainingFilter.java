package org.aftersales.training;

/** Which training requirements a list shows; {@code null} means "any". */
public record TrainingFilter(TrainingState state, Long manualId, Long traineeId) {

    public static final TrainingFilter OWED = new TrainingFilter(TrainingState.OPEN, null, null);
}
