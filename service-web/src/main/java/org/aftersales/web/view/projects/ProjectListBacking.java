package org.aftersales.web.view.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectPhase;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Department;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** projects/list.xhtml: the project register, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    private String text;
    private ProjectPhase phase;
    private Long departmentId;
    private LocalDate today;

    private final LazyDataModel<Project> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) projects.list(filter(), PageRequest.first(1)).total();
        }

        @Override
        public List<Project> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest request = new PageRequest(
                    first,
                    pageSize,
                    sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            Page<Project> page = projects.list(filter(), request);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Project project) {
            return String.valueOf(project.getId());
        }
    };

    private ProjectFilter filter() {
        return new ProjectFilter(text, phase, departmentId);
    }

    public LazyDataModel<Project> getModel() {
        return model;
    }

    public ProjectPhase phaseOf(Project project) {
        if (today == null) {
            today = projects.today();
        }
        return project.phaseOn(today);
    }

    public ProjectPhase[] getPhases() {
        return ProjectPhase.values();
    }

    public List<Department> getDepartments() {
        return projects.projectDepartments();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProjectPhase getPhase() {
        return phase;
    }

    public void setPhase(ProjectPhase phase) {
        this.phase = phase;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
