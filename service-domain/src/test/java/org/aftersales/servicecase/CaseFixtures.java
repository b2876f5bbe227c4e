package org.aftersales.servicecase;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractKind;
import org.aftersales.notification.NotificationFixtures;
import org.aftersales.notification.NotificationService;
import org.aftersales.notification.OutgoingMail;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.Caller;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestDatabase;

/** The service-case services wired by hand on one entity manager, as the container would inject them. */
public final class CaseFixtures {

    private CaseFixtures() {}

    public static AftersalesConfig config(ZoneId zone) {
        return new AftersalesConfig() {
            @Override
            public ZoneId zone() {
                return zone;
            }
        };
    }

    public static ServiceCaseService caseService(EntityManager em, Caller caller, Clock clock) {
        ServiceCaseService service = new ServiceCaseService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.policy = PolicyFixtures.policyService(em, caller);
        service.config = config(clock.getZone());
        service.clock = clock;
        service.changeLog = new ChangeLog(service.em, clock);
        service.notifications = notificationService(em, caller, clock, new RecordingEvent<>());
        return service;
    }

    /** Notifications on {@code em}; the mails they would send after the commit are recorded in {@code mails}. */
    public static NotificationService notificationService(
            EntityManager em, Caller caller, Clock clock, RecordingEvent<OutgoingMail> mails) {
        return NotificationFixtures.notificationService(em, caller, clock, mails);
    }

    /**
     * A maintenance contract over 2026 for {@code project}: its calls are CONTRACT (free) rather than PAID. The plants
     * of {@link ProjectFixtures#projectInWarranty} are past their warranty on the dates these tests use, and a PAID case
     * is dispatched only after the owner accepted its quotation (R-C6) — tests of dispatch itself need a free case.
     */
    public static void coveredByContract(TestDatabase database, Project project) {
        database.saved(new ServiceContract(
                project,
                ServiceContractKind.MAINTENANCE_CONTRACT,
                "BY-" + project.getCode(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
    }

    public static DispatchService dispatchService(EntityManager em, Caller caller, Clock clock) {
        DispatchService service = new DispatchService();
        service.em = em;
        service.caller = caller;
        service.cases = caseService(em, caller, clock);
        service.clock = clock;
        return service;
    }

    public static OnSiteService onSiteService(EntityManager em, Caller caller, Clock clock) {
        OnSiteService service = new OnSiteService();
        service.em = em;
        service.caller = caller;
        service.cases = caseService(em, caller, clock);
        service.config = config(clock.getZone());
        service.clock = clock;
        return service;
    }
}
