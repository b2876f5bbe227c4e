package org.aftersales.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;

/**
 * One skill an engineer has, since when and on what evidence (a certificate, a training record). The skills
 * matrix (R-K4) is these rows per engineer; a missing row is a gap (R-S6).
 */
@Entity
@Table(name = "engineer_qualification")
public class EngineerQualification extends BaseEntity {

    public static final int EVIDENCE_LENGTH = 300;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "engineer_id", nullable = false)
    private AppUser engineer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Qualification qualification;

    @Column(name = "qualified_since", nullable = false)
    private LocalDate qualifiedSince;

    @Column(length = EVIDENCE_LENGTH)
    private String evidence;

    protected EngineerQualification() {}

    public EngineerQualification(AppUser engineer, Qualification qualification, LocalDate since, String evidence) {
        if (engineer == null || qualification == null || since == null) {
            throw new BusinessException("qualification", "qualification.error.required");
        }
        this.engineer = engineer;
        this.qualification = qualification;
        this.qualifiedSince = since;
        this.evidence = evidence;
    }

    public AppUser getEngineer() {
        return engineer;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public LocalDate getQualifiedSince() {
        return qualifiedSince;
    }

    public String getEvidence() {
        return evidence;
    }
}
