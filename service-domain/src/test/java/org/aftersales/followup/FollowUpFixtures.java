package org.aftersales.followup;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.testing.TestDatabase;

/** The follow-up and return-visit services wired by hand on one entity manager, as the container would inject them. */
public final class FollowUpFixtures {

    private FollowUpFixtures() {}

    public static FollowUpService followUpService(EntityManager em, Caller caller, Clock clock) {
        FollowUpService service = new FollowUpService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.policy = PolicyFixtures.policyService(em, caller);
        service.cases = CaseFixtures.caseService(em, caller, clock);
        service.config = CaseFixtures.config(clock.getZone());
        service.clock = clock;
        service.plan = followUpPlan(em);
        return service;
    }

    /** The follow-up plan (stored due dates), as the container would inject it. */
    public static FollowUpPlan followUpPlan(EntityManager em) {
        FollowUpPlan plan = new FollowUpPlan();
        plan.em = em;
        plan.policy = PolicyFixtures.policyService(em, null);
        plan.self = plan;
        return plan;
    }

    public static ReturnVisitService returnVisitService(EntityManager em, Caller caller, Clock clock) {
        ReturnVisitService service = new ReturnVisitService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.config = CaseFixtures.config(clock.getZone());
        service.clock = clock;
        return service;
    }

    /** A project with the given handover dates (either may be {@code null}), 12 months of warranty. */
    public static Project project(
            TestDatabase database, String code, Department department, LocalDate provisional, LocalDate formal) {
        Owner owner = database.saved(new Owner("业主 " + code));
        Project project = new Project(code, "污水处理厂 " + code, owner, 12);
        project.recordHandover(new HandoverDates(provisional, formal, null, 12));
        project.assignResponsibility(department, "调试负责人");
        database.saved(project);
        // As ProjectService's HandoverChanged would: the planner reads the stored due date.
        database.inTransaction(() -> followUpPlan(database.em()).replan(project));
        return project;
    }
}
