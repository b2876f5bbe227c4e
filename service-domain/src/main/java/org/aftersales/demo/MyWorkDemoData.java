package org.aftersales.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntFunction;
import org.aftersales.contract.ServiceContract;
import org.aftersales.project.Project;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceClassifier;
import org.aftersales.staff.AppUser;

/**
 * Demo cases for "my work" and the work calendar (issue 6), dated relative to now so that every role's blocks show
 * something: a crisis on 高新区工业废水处理站 (WTP-2025-003, 项目二部) received 3 hours ago; a call on 城东污水处理厂
 * (WTP-2023-001, under its maintenance contract) received 20 hours ago and not yet answered — its 24-hour reply clock
 * near breach; an on-site case on 北湖净水厂 (WTP-2025-004) whose dispatch of 李工 waits for the leader; and one on
 * WTP-2023-001 dispatched to 赵工 for tomorrow, with the arrival agreed with the owner at 09:00 (赵工, not 李工: the
 * browser tests dispatch 李工 in the coming hours, and a demo booking must not make that a double booking).
 */
final class MyWorkDemoData {

    private final EntityManager em;
    private final Instant now;
    private final ZoneId zone;
    private final IntFunction<String> caseNumber;

    MyWorkDemoData(EntityManager em, Instant now, ZoneId zone, IntFunction<String> caseNumber) {
        this.em = em;
        this.now = now;
        this.zone = zone;
        this.caseNumber = caseNumber;
    }

    void seed(List<Project> projects, AppUser engineer, AppUser engineer2) {
        ServiceCase crisis = call(
                projects.get(2),
                now.minus(Duration.ofHours(3)),
                CaseType.COMPLAINT,
                "孙主任",
                "出水 COD 连续三天超标，环保部门已约谈业主，业主表示将追究我司责任并可能起诉");
        crisis.flagCrisis(now.minus(Duration.ofHours(2)));

        call(
                projects.get(0),
                now.minus(Duration.ofHours(20)),
                CaseType.SERVICE_REQUEST,
                "王站长",
                "二沉池刮泥机运行时有异响，请尽快答复处理方案");

        ServiceCase proposed = call(
                projects.get(3), now.minus(Duration.ofHours(6)), CaseType.SERVICE_REQUEST, "李科长", "3 号送水泵机械密封漏水，需上门更换");
        proposed.recordReply(now.minus(Duration.ofHours(5)));
        proposed.confirmOnSiteNeeded(now.minus(Duration.ofHours(5)), 72, 24);
        Instant dayAfterTomorrow = LocalDate.ofInstant(now, zone)
                .plusDays(2)
                .atTime(8, 0)
                .atZone(zone)
                .toInstant();
        proposed.proposeDispatch(
                List.of(engineer),
                dayAfterTomorrow,
                dayAfterTomorrow.plus(Duration.ofHours(8)),
                List.of(),
                "specialist",
                now.minus(Duration.ofHours(4)));

        ServiceCase dispatched = call(
                projects.get(0),
                now.minus(Duration.ofHours(10)),
                CaseType.SERVICE_REQUEST,
                "王站长",
                "鼓风机房 2 号鼓风机振动值升高，需上门检测");
        dispatched.recordReply(now.minus(Duration.ofHours(9)));
        dispatched.recordLeaderReport(now.minus(Duration.ofHours(9)));
        dispatched.confirmOnSiteNeeded(now.minus(Duration.ofHours(9)), 48, 24);
        Instant tomorrow = LocalDate.ofInstant(now, zone)
                .plusDays(1)
                .atTime(8, 0)
                .atZone(zone)
                .toInstant();
        dispatched.proposeDispatch(
                List.of(engineer2),
                tomorrow,
                tomorrow.plus(Duration.ofHours(8)),
                List.of(),
                "specialist",
                now.minus(Duration.ofHours(8)));
        dispatched.approveDispatch(List.of(), List.of(), "leader", now.minus(Duration.ofHours(7)));
        dispatched.agreeVisit(tomorrow.plus(Duration.ofHours(1)), "业主停运 2 号鼓风机并办理工作票", now.minus(Duration.ofHours(6)));
    }

    private List<ServiceContract> contractsInForce(Project project, LocalDate day) {
        return em.createQuery(
                        "select c from ServiceContract c where c.project = :project"
                                + " and c.validFrom <= :day and c.validTo >= :day",
                        ServiceContract.class)
                .setParameter("project", project)
                .setParameter("day", day)
                .getResultList();
    }

    private ServiceCase call(Project project, Instant received, CaseType type, String reporter, String description) {
        LocalDate day = LocalDate.ofInstant(received, zone);
        CaseIntake intake = new CaseIntake(
                project.getId(), null, Channel.PHONE, type, reporter, received, description, false, false);
        ServiceCase serviceCase = new ServiceCase(
                caseNumber.apply(day.getYear()),
                project,
                null,
                intake,
                ServiceClassifier.classify(project, null, day, contractsInForce(project, day)),
                now,
                24,
                24);
        em.persist(serviceCase);
        return serviceCase;
    }
}
