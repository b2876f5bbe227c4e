package org.aftersales.followup;

/**
 * How the owner says the plant's equipment runs, asked at every follow-up (R-F2: 了解设备运行情况).
 */
public enum EquipmentStatus {
    RUNNING_NORMALLY(false),
    RUNNING_WITH_PROBLEMS(true),
    STOPPED(true);

    private final boolean problem;

    EquipmentStatus(boolean problem) {
        this.problem = problem;
    }

    /** The owner reported a problem: the contact may open a service case (R-S1). */
    public boolean isProblem() {
        return problem;
    }
}
