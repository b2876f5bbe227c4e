package org.aftersales.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;

/**
 * A department of the company. A project belongs to one project department (项目部); its PROJECT_DEPT users see
 * and edit only that department's projects (R-O1).
 */
@Entity
@Table(name = "department")
public class Department extends BaseEntity {

    public static final int NAME_LENGTH = 100;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DepartmentKind kind;

    protected Department() {}

    public Department(String name, DepartmentKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getName() {
        return name;
    }

    public DepartmentKind getKind() {
        return kind;
    }
}
