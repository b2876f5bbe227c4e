package org.aftersales.training;

/**
 * Whether a training requirement is still owed (OPEN), was met by a training record (DONE), or fell away because a
 * later version of the manual was approved before the training took place (SUPERSEDED: the newer one is owed).
 */
public enum TrainingState {
    OPEN,
    DONE,
    SUPERSEDED
}
