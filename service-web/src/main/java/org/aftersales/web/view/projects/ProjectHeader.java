package org.aftersales.web.view.projects;

import java.io.Serializable;
import org.aftersales.project.Project;

/**
 * What the project's sub-pages show of the project above their own content (and keep between requests). The getters
 * are for EL, which (Jakarta EL 5) does not see record components as properties.
 */
public record ProjectHeader(long id, String code, String name, String ownerName, int warrantyMonths)
        implements Serializable {

    public static ProjectHeader of(Project project) {
        return new ProjectHeader(
                project.getId(),
                project.getCode(),
                project.getName(),
                project.getOwner().getName(),
                project.getWarrantyMonths());
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }
}
