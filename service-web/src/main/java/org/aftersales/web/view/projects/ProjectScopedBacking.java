package org.aftersales.web.view.projects;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.aftersales.project.ProjectService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * The common part of the pages about one project's registers ({@code projects/equipment.xhtml?project=ID} and its
 * siblings): the project named in the URL, or 404 when it does not exist or the caller may not see it — the same
 * answer, so a PROJECT_DEPT user cannot probe other departments' projects ({@link org.aftersales.web.RecordPages}).
 */
public abstract class ProjectScopedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    @Inject
    transient Caller caller;

    private Long projectId;
    private ProjectHeader project;

    /** The permission needed to see the page (beyond seeing the project). */
    protected abstract Permission viewPermission();

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(viewPermission())) {
            Pages.sendError(403);
            return;
        }
        if (projectId == null) {
            Pages.sendError(404);
            return;
        }
        project = ProjectHeader.of(projects.find(projectId));
    }

    protected long projectId() {
        return project.id();
    }

    protected ProjectService projects() {
        return projects;
    }

    protected Caller caller() {
        return caller;
    }

    public ProjectHeader getProject() {
        return project;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
