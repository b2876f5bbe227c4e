package org.aftersales.servicecase;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.NotNull;
import org.aftersales.shared.BaseEntity;

/**
 * One of the three parts of a {@link ServiceCase} along the regulation's stages, with its own row and its own
 * {@code version} (issue 16; README "The service case: one head row and three parts"): an act force-increments the
 * version of the part it changes ({@link CaseActs#saved}), so acts on different parts — a cost booking in the office,
 * an arrival on the phone — do not refuse each other, and two acts on the same part still meet optimistic locking.
 */
@MappedSuperclass
public abstract class CasePart extends BaseEntity {

    /** The stages a case's acts belong to; what each holds is listed on its entity. */
    public enum Kind {
        /** Intake & routing (R-S1…R-S4, R-S10): {@link IntakePart}. */
        INTAKE,
        /** Dispatch & on site (R-S6, R-S7, R-S12): {@link OnSitePart}. */
        ON_SITE,
        /** Sign-off & after-service (R-S8, R-S9): {@link SignOffPart}. */
        SIGN_OFF
    }

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false, unique = true)
    private ServiceCase serviceCase;

    protected CasePart() {}

    protected CasePart(ServiceCase serviceCase) {
        this.serviceCase = serviceCase;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public abstract Kind kind();
}
