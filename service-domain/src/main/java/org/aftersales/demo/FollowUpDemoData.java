package org.aftersales.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.followup.EquipmentStatus;
import org.aftersales.followup.FollowUpChannel;
import org.aftersales.followup.FollowUpDecline;
import org.aftersales.followup.FollowUpEntry;
import org.aftersales.followup.OwnerFollowUp;
import org.aftersales.followup.ReturnVisit;
import org.aftersales.followup.ReturnVisitReport;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;

/**
 * Demo follow-up history (R-F2) and return visits (R-F3) for the demo projects, dated relative to today so the planner
 * always shows some overdue contacts, some due this week, one owner who declined, one project with a reported problem
 * waiting for its service case; and return visits planned and done, with one project flagged.
 *
 * <p>Project by project (indexes of {@link DemoData}'s list): 0 WTP-2023-001 overdue 6 days, visit done; 1 WTP-2024-002
 * due in 4 days after an unanswered call, a visit only planned — flagged; 2 WTP-2025-003 owner declined, visit done;
 * 3 WTP-2025-004 due in 6 days, problem reported, visit planned; 4 WTP-2026-005 overdue 16 days; 5 WTP-2026-006 first
 * contact due in 4 days (14 days after provisional handover).
 */
final class FollowUpDemoData {

    private static final int PERIOD_DAYS = 14;

    private final EntityManager em;
    private final LocalDate today;
    private final ZoneId zone;

    FollowUpDemoData(EntityManager em, LocalDate today, ZoneId zone) {
        this.em = em;
        this.today = today;
        this.zone = zone;
    }

    void seed(List<Project> projects) {
        Project p001 = projects.get(0);
        Project p002 = projects.get(1);
        Project p003 = projects.get(2);
        Project p004 = projects.get(3);
        Project p005 = projects.get(4);

        reached(p001, 34, "engineer", FollowUpChannel.PHONE, EquipmentStatus.RUNNING_NORMALLY, "设备运行正常，出水水质稳定达标");
        reached(p001, 20, "engineer", FollowUpChannel.VISIT, EquipmentStatus.RUNNING_NORMALLY, "现场走访，鼓风机房噪声正常");
        done(p001, p001.getFormalHandoverDate().plusMonths(6), "周项目、李工", "各工艺段运行平稳，建议增加污泥脱水机保养频次", "对售后服务满意，希望保持定期联系");

        reached(p002, 10, "engineer2", FollowUpChannel.PHONE, EquipmentStatus.RUNNING_NORMALLY, "运行正常");
        attempt(p002, 2, "engineer2", "电话无人接听，已发短信");
        em.persist(new ReturnVisit(p002, today.plusDays(5), "与业主运行主管约定回访"));

        reached(p003, 40, "engineer2", FollowUpChannel.PHONE, EquipmentStatus.RUNNING_NORMALLY, "运行正常");
        em.persist(new FollowUpDecline(p003, at(25), "specialist", "业主已委托第三方运维单位，暂不需要定期电话回访"));
        done(p003, today.minusDays(60), "吴项目、赵工", "加药系统运行良好，在线仪表已校准", "满意");

        reached(
                p004,
                8,
                "specialist",
                FollowUpChannel.PHONE,
                EquipmentStatus.RUNNING_WITH_PROBLEMS,
                "2号加药计量泵流量波动，业主希望派人检查");
        em.persist(new ReturnVisit(p004, today.plusDays(30), null));

        reached(p005, 44, "engineer", FollowUpChannel.EMAIL, EquipmentStatus.RUNNING_NORMALLY, "试运行正常");
        reached(p005, 30, "engineer", FollowUpChannel.PHONE, EquipmentStatus.RUNNING_NORMALLY, "污泥干化机试运行正常");
    }

    private Instant at(int daysAgo) {
        return today.minusDays(daysAgo).atTime(10, 0).atZone(zone).toInstant();
    }

    private OwnerContact manager(Project project) {
        return em.createQuery(
                        "select c from OwnerContact c where c.project = :project order by c.id", OwnerContact.class)
                .setParameter("project", project)
                .setMaxResults(1)
                .getSingleResult();
    }

    private void reached(
            Project project, int daysAgo, String by, FollowUpChannel channel, EquipmentStatus status, String notes) {
        OwnerContact person = manager(project);
        em.persist(new OwnerFollowUp(
                project,
                at(daysAgo),
                today.minusDays(daysAgo),
                by,
                person,
                new FollowUpEntry(at(daysAgo), person.getId(), channel, true, status, notes),
                PERIOD_DAYS));
    }

    private void attempt(Project project, int daysAgo, String by, String notes) {
        OwnerContact person = manager(project);
        em.persist(new OwnerFollowUp(
                project,
                at(daysAgo),
                today.minusDays(daysAgo),
                by,
                person,
                new FollowUpEntry(at(daysAgo), person.getId(), FollowUpChannel.PHONE, false, null, notes),
                PERIOD_DAYS));
    }

    private void done(Project project, LocalDate day, String participants, String findings, String opinion) {
        ReturnVisit visit = new ReturnVisit(project, day, null);
        visit.recordDone(new ReturnVisitReport(day, participants, findings, opinion), today, "project");
        em.persist(visit);
    }
}
