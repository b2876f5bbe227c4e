package org.aftersales.manual;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;

/**
 * A controlled company manual (R-K1, R-K2; 第四章3.8–3.9): commissioning, operation and maintenance manuals, technical
 * and parts manuals, parts price lists. Its content lives in {@link ManualVersion}s; the manual says what it is and
 * whom it concerns — the staff who must be trained whenever a new version is approved, named by role (e.g. every
 * after-sales engineer) and/or by qualification (e.g. everyone qualified for I&C commissioning).
 */
@Entity
@Table(name = "manual")
public class Manual extends BaseEntity {

    public static final int NUMBER_LENGTH = 40;
    public static final int TITLE_LENGTH = 200;

    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(nullable = false, unique = true, length = NUMBER_LENGTH)
    private String number;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ManualKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "manual_training_role", joinColumns = @JoinColumn(name = "manual_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> trainingRoles = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "training_qualification", length = 40)
    private Qualification trainingQualification;

    protected Manual() {}

    public Manual(String number, String title, ManualKind kind) {
        String strippedNumber = Inputs.stripToNull(number);
        if (strippedNumber == null) {
            throw new BusinessException("number", "manual.error.numberRequired");
        }
        if (strippedNumber.length() > NUMBER_LENGTH) {
            throw new BusinessException("number", "manual.error.tooLong", NUMBER_LENGTH);
        }
        this.number = strippedNumber;
        describe(title, kind);
    }

    public void describe(String newTitle, ManualKind newKind) {
        String stripped = Inputs.stripToNull(newTitle);
        if (stripped == null) {
            throw new BusinessException("title", "manual.error.titleRequired");
        }
        if (stripped.length() > TITLE_LENGTH) {
            throw new BusinessException("title", "manual.error.tooLong", TITLE_LENGTH);
        }
        if (newKind == null) {
            throw new BusinessException("kind", "manual.error.kindRequired");
        }
        this.title = stripped;
        this.kind = newKind;
    }

    /** Names the staff concerned: who must be trained on every newly approved version. */
    public void concern(Set<Role> roles, Qualification qualification) {
        this.trainingRoles = roles == null || roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.trainingQualification = qualification;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public ManualKind getKind() {
        return kind;
    }

    public Set<Role> getTrainingRoles() {
        return trainingRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(trainingRoles);
    }

    public Qualification getTrainingQualification() {
        return trainingQualification;
    }

    /** Whether anyone must be trained on its versions. */
    public boolean isTrainingRequired() {
        return !trainingRoles.isEmpty() || trainingQualification != null;
    }
}
