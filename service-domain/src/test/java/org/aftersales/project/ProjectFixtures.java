package org.aftersales.project;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestDatabase;

/** Projects in a {@link TestDatabase}, and a {@link ProjectService} wired by hand for services that need it. */
public final class ProjectFixtures {

    private ProjectFixtures() {}

    public static ProjectService projectService(TestDatabase database, Caller caller) {
        return projectService(database.em(), caller);
    }

    /** On an entity manager of its own, e.g. for a second thread. */
    public static ProjectService projectService(EntityManager em, Caller caller) {
        ProjectService service = new ProjectService();
        service.em = em;
        service.caller = caller;
        // Outside a container no one observes the change (the follow-up plan: FollowUpFixtures wires it).
        service.handoverChanged = new RecordingEvent<>();
        return service;
    }

    /** A project in warranty: provisional 2024-12-01, formal handover 2025-03-01, 12 months. */
    public static Project projectInWarranty(TestDatabase database, String code, Department department) {
        Owner owner = database.saved(new Owner("业主 " + code));
        Project project = new Project(code, "污水处理厂 " + code, owner, 12);
        project.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), null, 12));
        project.assignResponsibility(department, "调试负责人");
        return database.saved(project);
    }
}
