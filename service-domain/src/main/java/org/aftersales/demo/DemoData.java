package org.aftersales.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractKind;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.ExpenseStandards;
import org.aftersales.cost.ServiceCost;
import org.aftersales.cost.TravelClass;
import org.aftersales.costplan.CostPlan;
import org.aftersales.costplan.SupplementalCostRequest;
import org.aftersales.paidservice.AcceptanceMeans;
import org.aftersales.paidservice.LineKind;
import org.aftersales.paidservice.Quotation;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.QualityCost;
import org.aftersales.retention.Registrant;
import org.aftersales.retention.SubcontractorRetention;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ComplaintSubject;
import org.aftersales.servicecase.HandoffTarget;
import org.aftersales.servicecase.PartUsed;
import org.aftersales.servicecase.ResponsibilitySplit;
import org.aftersales.servicecase.ServiceBookEntry;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceClassifier;
import org.aftersales.servicecase.SignatureImage;
import org.aftersales.servicecase.SignerRole;
import org.aftersales.servicecase.SupportKind;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.Money;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.EngineerQualification;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;
import org.aftersales.staff.UserAccountService;
import org.aftersales.subcontractor.DelegationAgreement;
import org.aftersales.subcontractor.ProjectSubcontractor;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;

/**
 * Demo mode ({@code aftersales.demo=true}): on the first start against an empty database, seeds departments, one
 * login per role (user name = password, listed in the README) and projects spread over every phase, dated
 * relative to today so that the phases stay true. A later start finds the users and leaves everything alone, so
 * what was entered is kept. Outside demo mode nothing is seeded and no default password exists.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    AftersalesConfig config;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccountService accounts;

    /** Who the demo records were entered by: the after-sales specialist's login. */
    static final String SEEDED_BY = "specialist";

    @Inject
    Clock clock;

    @Inject
    org.aftersales.document.DocumentStore documents;

    @Inject
    DemoData self;

    @Inject
    org.aftersales.servicecase.ServiceCaseService cases;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (config.demo()) {
            // Seeded as the after-sales specialist, who registers calls and keeps the records: every "created by" and
            // timeline line of the demo names a person, not a login without an account (issue 18 item 4).
            CurrentUser.runAs(SEEDED_BY, self::seedIfEmpty);
        }
    }

    @Transactional
    public void seedIfEmpty() {
        long users =
                em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (users > 0) {
            LOG.info("Demo mode: data already present, nothing seeded");
            return;
        }
        Department engineering = department("工程部", DepartmentKind.ENGINEERING);
        Department design = department("设计部", DepartmentKind.DESIGN);
        Department finance = department("财务部", DepartmentKind.FINANCE);
        Department management = department("总经理办公室", DepartmentKind.MANAGEMENT);
        Department projectOne = department("项目一部", DepartmentKind.PROJECT);
        Department projectTwo = department("项目二部", DepartmentKind.PROJECT);

        user("specialist", "王售后（售后服务专责）", engineering, Role.AFTER_SALES_SPECIALIST);
        AppUser engineer = user("engineer", "李工（售后服务人员）", engineering, Role.AFTER_SALES_ENGINEER);
        AppUser engineer2 = user("engineer2", "赵工（售后服务人员）", engineering, Role.AFTER_SALES_ENGINEER);
        user("leader", "张分管（分管领导）", management, Role.DIVISION_LEADER);
        user("gm", "陈总（总经理）", management, Role.GENERAL_MANAGER);
        user("engineering", "刘工程（工程部）", engineering, Role.ENGINEERING);
        user("design", "孙设计（设计部）", design, Role.DESIGN);
        user("project", "周项目（项目一部）", projectOne, Role.PROJECT_DEPT);
        user("project2", "吴项目（项目二部）", projectTwo, Role.PROJECT_DEPT);
        user("finance", "郑财务（财务部）", finance, Role.FINANCE);
        user("admin", "系统管理员", management, Role.ADMIN);
        user("erp", "ERP 接口", null, Role.INTEGRATION);

        LocalDate today = LocalDate.now(clock);
        List<Project> projects = new ArrayList<>();
        projects.add(project(
                "WTP-2023-001",
                "城东污水处理厂一期工程",
                "城东水务有限公司",
                "江苏省南通市城东区",
                projectOne,
                today.minusYears(3),
                today.minusYears(3).plusMonths(2),
                "86500000.00"));
        projects.add(project(
                "WTP-2024-002",
                "滨江再生水厂提标改造工程",
                "滨江市排水管理处",
                "浙江省滨江市滨江大道 88 号",
                projectOne,
                today.minusMonths(15),
                today.minusMonths(13),
                "42800000.00"));
        // R-C5 / R-C8: a 36-month warranty — its retention falls due 24 months after completion acceptance (the law's
        // cap), a year before the warranty ends.
        projects.add(project(
                "WTP-2025-003",
                "高新区工业废水处理站",
                "高新区开发投资集团",
                "安徽省合肥市高新区",
                projectTwo,
                today.minusMonths(8),
                today.minusMonths(6),
                "23650000.00",
                36));
        projects.add(project(
                "WTP-2025-004",
                "北湖净水厂扩建工程",
                "北湖自来水公司",
                "湖北省武汉市北湖",
                projectTwo,
                today.minusMonths(4),
                today.minusMonths(1),
                "57300000.00"));
        projects.add(project(
                "WTP-2026-005",
                "南山污泥处理中心",
                "南山环境科技有限公司",
                "广东省深圳市南山区",
                projectOne,
                today.minusMonths(2),
                null,
                "31200000.00"));
        projects.add(project(
                "WTP-2026-006",
                "西溪农村污水一体化项目",
                "西溪镇人民政府",
                "浙江省杭州市西溪镇",
                projectTwo,
                today.minusDays(10),
                null,
                "8900000.00"));
        projects.add(
                project("WTP-2026-007", "临港工业园污水处理厂二期", "临港工业园管委会", "上海市临港新片区", projectOne, null, null, "64100000.00"));
        projects.add(project(
                "WTP-2027-008",
                "东湖水厂深度处理工程",
                "东湖供水集团",
                "江西省南昌市东湖区",
                projectTwo,
                today.plusMonths(3),
                null,
                "38700000.00"));

        qualify(engineer, today, Qualification.values());
        qualify(
                engineer2,
                today,
                Qualification.MECHANICAL_INSTALLATION,
                Qualification.MECHANICAL_COMMISSIONING,
                Qualification.ELECTRICAL_COMMISSIONING);
        List<Subcontractor> suppliers = List.of(
                supplier("江苏环保设备制造有限公司", SubcontractorKind.EQUIPMENT_SUPPLIER, "钱经理", "0513-8888 1001"),
                supplier("上海磁悬浮风机股份有限公司", SubcontractorKind.EQUIPMENT_SUPPLIER, "冯工", "021-5555 2002"),
                supplier("杭州自控系统工程有限公司", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR, "陈工", "0571-6666 3003"),
                supplier("武汉水泵机电有限公司", SubcontractorKind.EQUIPMENT_SUPPLIER, "褚经理", "027-7777 4004"),
                supplier("南京电气成套设备有限公司", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR, "卫工", "025-3333 5005"));
        List<String[]> catalog = catalog();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            contacts(project, p);
            for (int s = 0; s < suppliers.size(); s++) {
                Subcontractor supplier = suppliers.get(s);
                ProjectSubcontractor registered = new ProjectSubcontractor(project, supplier);
                registered.describeSupply("设备供货及安装指导", supplier.getContactPerson(), supplier.getPhone());
                delegationAgreement(registered, p, s, today);
                em.persist(registered);
            }
            equipment(project, catalog, suppliers, p);
        }
        ServiceContract maintenance = new ServiceContract(
                projects.get(0),
                ServiceContractKind.MAINTENANCE_CONTRACT,
                "BY-2026-001",
                today.minusMonths(6),
                today.plusMonths(6));
        maintenance.agreeArrivalHours(48);
        em.persist(maintenance);
        retention(projects, suppliers, today);
        // The plans are drafted by the after-sales specialist: their 编制人 is a person.
        costPlans(projects, today);
        paidService(projects.get(1));
        new MyWorkDemoData(em, clock.instant(), config.zone(), this::caseNumber).seed(projects, engineer, engineer2);
        signedOffService(projects.get(3), engineer2);
        constructionPhaseCall(projects.stream()
                .filter(p -> "WTP-2026-007".equals(p.getCode()))
                .findFirst()
                .orElseThrow());
        feedbackHandedOff(projects.get(2));
        // R-S2: every demo case is routed as registration routes a call — to the department its phase makes
        // responsible (R-L5) —, and its people are notified.
        em.createQuery("select sc from ServiceCase sc order by sc.id", ServiceCase.class)
                .getResultList()
                .forEach(cases::routeAsRegistered);
        LOG.info("Demo mode: seeded departments, 12 users, 8 projects with contacts, equipment, subcontractors");
        new FollowUpDemoData(em, today, config.zone()).seed(projects);
        // The summaries are written by the engineer who reports them: their author is a person, not the login "demo".
        CurrentUser.runAs("engineer", () -> knowledgeBase(catalog));
        new KnowledgeDemoData(em, documents, clock.instant(), today).seed(projects);
    }

    /**
     * R-B2: most firms signed the after-sales delegation agreement for the project's service period; on the second
     * project one firm never signed and another's agreement has run out — both show as flagged.
     */
    private static void delegationAgreement(
            ProjectSubcontractor registered, int project, int supplier, LocalDate today) {
        if (project == 1 && supplier == 3) {
            return;
        }
        LocalDate from = today.minusYears(1);
        LocalDate until = project == 1 && supplier == 4 ? today.minusDays(20) : today.plusYears(2);
        registered.recordDelegationAgreement(new DelegationAgreement(
                String.format("WT-%d%02d-%02d", today.getYear(), project + 1, supplier + 1),
                "保修期内设备故障的维修、更换及技术服务；我司代为实施时费用从质保金中扣除",
                from,
                until));
    }

    /**
     * R-C4, R-C5: retention held from two firms on the handed-over projects (one with a confirmed quality cost, one
     * registered and awaiting Engineering), and the company's own retention owed by those projects' owners — one
     * collected in part, one not yet due.
     */
    private void retention(List<Project> projects, List<Subcontractor> suppliers, LocalDate today) {
        boolean procedureShown = false;
        for (int p = 0; p < 4; p++) {
            Project project = projects.get(p);
            LocalDate defectLiabilityEnd = ProjectRetention.defectLiabilityEndOf(project, null);
            LocalDate heldOn = project.getFormalHandoverDate();
            SubcontractorRetention blowers = new SubcontractorRetention(
                    project,
                    suppliers.get(1),
                    Money.of(new java.math.BigDecimal(180000 + 20000 * p).setScale(2)),
                    defectLiabilityEnd == null ? null : defectLiabilityEnd.plusDays(1),
                    heldOn,
                    defectLiabilityEnd,
                    null);
            em.persist(blowers);
            // One firm on the last project gave a bank guarantee instead: its retention is released a year early.
            boolean guarantee = p == 3 && defectLiabilityEnd != null;
            SubcontractorRetention automation = new SubcontractorRetention(
                    project,
                    suppliers.get(2),
                    Money.of("96000.00"),
                    guarantee
                            ? laterOf(heldOn, defectLiabilityEnd.minusYears(1))
                            : defectLiabilityEnd == null ? null : defectLiabilityEnd.plusDays(1),
                    heldOn,
                    defectLiabilityEnd,
                    guarantee ? "分包商已提交银行保函替代质保金（保函金额 ¥96,000.00）" : null);
            em.persist(automation);
            if (p == 1) {
                bearingFailure(project, suppliers.get(1), blowers, today);
                em.persist(new QualityCost(
                        automation,
                        null,
                        null,
                        Money.of("3600.00"),
                        "PLC 模块质量问题，现场更换模块",
                        Registrant.of("specialist", Set.of(Role.AFTER_SALES_SPECIALIST))));
            }
            ProjectRetention owed = new ProjectRetention(
                    project,
                    Money.of(new java.math.BigDecimal(project.getSettledContractPrice()
                            .amount()
                            .multiply(new java.math.BigDecimal("0.03"))
                            .setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString())),
                    null);
            em.persist(owed);
            if (p == 0) {
                owed.collect(Money.of("1500000.00"), owed.getDueDate().plusDays(30));
            }
            if (!procedureShown && p > 0 && !owed.getDueDate().isAfter(today.minusDays(28))) {
                procedureShown = true;
                returnProcedure(owed, blowers, today);
            }
        }
    }

    /**
     * R-S10: an owner's feedback that the sludge dewatering cannot reach the contracted dryness — a matter of function,
     * recorded so at intake — handed off to the Design Department the same day, the owner told of it; the Design
     * Department has not answered yet, so the case can neither close nor be cancelled.
     */
    private void feedbackHandedOff(Project project) {
        Instant now = clock.instant();
        Instant received = now.minus(Duration.ofDays(2));
        LocalDate day = LocalDate.ofInstant(received, config.zone());
        ServiceCase serviceCase = new ServiceCase(
                caseNumber(day.getYear()),
                project,
                null,
                new CaseIntake(
                        project.getId(),
                        null,
                        Channel.EMAIL,
                        CaseType.FEEDBACK,
                        "吴工（业主生产科）",
                        received,
                        "污泥脱水后含水率长期在 82% 左右，达不到设计要求的 80%，请复核脱水机房工艺设计",
                        false,
                        false,
                        null,
                        ComplaintSubject.FUNCTION),
                ServiceClassifier.classify(project, null, day, List.of()),
                now,
                24,
                24);
        em.persist(serviceCase);
        serviceCase.handOffComplaint(HandoffTarget.DESIGN, null, null, received.plus(Duration.ofHours(2)));
        serviceCase.recordOwnerUpdate("已转设计部复核脱水工艺及加药量设计，设计部答复后告知业主", received.plus(Duration.ofHours(3)));
    }

    /**
     * R-C4, R-B3: a blower's bearing failed on WTP-2024-002 41 days ago; the company replaced it, after-sales registered
     * the ¥12 800 cost against the blower supplier's retention and Engineering confirmed it the next day — a quality
     * defect on the supplier's scorecard (a case on its equipment with a confirmed quality cost against it).
     */
    private void bearingFailure(Project project, Subcontractor supplier, SubcontractorRetention held, LocalDate today) {
        EquipmentItem blower = em.createQuery(
                        "select i from EquipmentItem i where i.project = :project and i.supplier = :supplier"
                                + " order by i.id",
                        EquipmentItem.class)
                .setParameter("project", project)
                .setParameter("supplier", supplier)
                .setMaxResults(1)
                .getSingleResult();
        Instant received =
                today.minusDays(41).atTime(9, 30).atZone(config.zone()).toInstant();
        LocalDate day = LocalDate.ofInstant(received, config.zone());
        ServiceCase serviceCase = new ServiceCase(
                caseNumber(day.getYear()),
                project,
                blower,
                new CaseIntake(
                        project.getId(),
                        blower.getId(),
                        Channel.PHONE,
                        CaseType.SERVICE_REQUEST,
                        "周工（业主设备主管）",
                        received,
                        blower.getTag() + " 轴承异响、温升高，已停机",
                        false,
                        false),
                ServiceClassifier.classify(project, blower, day, List.of()),
                clock.instant(),
                24,
                24);
        em.persist(serviceCase);
        serviceCase.recordReply(received.plus(Duration.ofHours(1)));
        serviceCase.closeRemotely("轴承质量问题：我司代为更换轴承，费用从供货厂商质保金中扣除。", received.plus(Duration.ofHours(30)));
        QualityCost cost = new QualityCost(
                held,
                serviceCase,
                blower,
                Money.of("12800.00"),
                "磁悬浮风机轴承故障，我司代为更换轴承及人工费用",
                Registrant.of("specialist", Set.of(Role.AFTER_SALES_SPECIALIST)));
        em.persist(cost);
        cost.confirm("engineering", received.plus(Duration.ofDays(1)), today.minusDays(40));
    }

    /**
     * R-C8: the statutory return procedure under way on one project — the application received by the owner 27 days
     * ago (the letter issued and filed with the register), unanswered, the written reminder received 9 days ago (the
     * owner's last five days run) — and the other way round a blower supplier's application the company verified 25 days ago
     * without objection and has not paid: its payment is overdue and the company owes late interest.
     */
    private void returnProcedure(ProjectRetention owed, SubcontractorRetention blowers, LocalDate today) {
        org.aftersales.policy.HolidayCalendar calendar = org.aftersales.policy.HolidayCalendar.of(java.util.Map.of());
        owed.applyForReturn(today.minusDays(28), today.minusDays(27), org.aftersales.retention.ReturnChannel.LETTER);
        em.persist(new org.aftersales.retention.RetentionLetter(
                owed,
                org.aftersales.retention.LetterContent.compose(
                        org.aftersales.retention.LetterKind.APPLICATION,
                        owed,
                        owed.returnStatusOn(
                                today.minusDays(28),
                                calendar,
                                org.aftersales.retention.LateInterest.atRates(List.of())),
                        new org.aftersales.retention.Letterhead("某某环保工程有限公司", "", "")),
                "finance"));
        owed.recordReminder(today.minusDays(10), today.minusDays(9), calendar);
        blowers.receiveReturnApplication(
                today.minusDays(30), today.minusDays(29), org.aftersales.retention.ReturnChannel.LETTER);
        blowers.answerReturnApplication(today.minusDays(25), false, null, calendar);
    }

    /**
     * R-C6, R-C7: a call on 滨江再生水厂 (WTP-2024-002), whose warranty ended a month ago with no contract — PAID —, with
     * a quotation the owner accepted by signing it, and two accommodation costs of which one is above the tier-2 limit
     * (flagged for the supervisor). Numbered from the case counter as the service numbers cases.
     */
    private void paidService(Project project) {
        Instant now = clock.instant();
        Instant received = now.minus(Duration.ofDays(2));
        LocalDate day = LocalDate.ofInstant(received, config.zone());
        CaseIntake intake = new CaseIntake(
                project.getId(),
                null,
                Channel.HOTLINE,
                CaseType.SERVICE_REQUEST,
                "钱科长",
                received,
                "1号鼓风机轴承温度高、异响，要求上门检修并更换轴承",
                false,
                false);
        ServiceCase serviceCase = new ServiceCase(
                caseNumber(day.getYear()),
                project,
                null,
                intake,
                ServiceClassifier.classify(project, null, day, List.of()),
                now,
                24,
                24);
        em.persist(serviceCase);
        serviceCase.recordReply(received.plus(Duration.ofHours(1)));
        serviceCase.confirmOnSiteNeeded(received.plus(Duration.ofHours(3)), 72, 24);
        Quotation quotation = new Quotation(
                serviceCase,
                new BigDecimal("10"),
                List.of(
                        new Quotation.LineInput(
                                "鼓风机轴承 SKF 6316-2Z（2 套）",
                                LineKind.PARTS_AND_REPAIR,
                                new BigDecimal("2"),
                                Money.of("2860.00"),
                                new BigDecimal("13")),
                        new Quotation.LineInput(
                                "轴承更换及对中修理",
                                LineKind.PARTS_AND_REPAIR,
                                null,
                                Money.of("1200.00"),
                                new BigDecimal("13")),
                        new Quotation.LineInput(
                                "振动检测与试运行技术服务",
                                LineKind.TECHNICAL_SERVICE,
                                null,
                                Money.of("950.00"),
                                new BigDecimal("6"))));
        em.persist(quotation);
        serviceCase.recordPaidServiceStep(
                CaseEventKind.QUOTATION_MADE,
                "#1 " + quotation.getTotal() + " / " + quotation.getTotalWithVat() + " (+10 %)",
                received.plus(Duration.ofHours(5)));
        Instant accepted = received.plus(Duration.ofHours(20));
        quotation.accept("滨江市排水管理处 设备科 钱科长", AcceptanceMeans.SIGNED_QUOTATION, accepted, "specialist");
        serviceCase.recordPaidServiceStep(
                CaseEventKind.QUOTATION_ACCEPTED,
                quotation.getAcceptedBy() + " · SIGNED_QUOTATION · " + quotation.getTotalWithVat(),
                accepted);
        ExpenseStandards standards = ExpenseStandards.defaults();
        for (String[] stay : new String[][] {{"滨江宾馆 2 晚（勘察）", "760.00"}, {"滨江国际酒店 2 晚", "1180.00"}}) {
            ServiceCost cost = new ServiceCost(
                    serviceCase,
                    CostCategory.ACCOMMODATION,
                    stay[0],
                    Money.of(stay[1]),
                    null,
                    null,
                    new ServiceCost.StandardFacts(2, 2, null));
            cost.checkAgainst(standards);
            em.persist(cost);
        }
        // R-C2: an over-budget booking — "other" costs are planned at 3 000.00 with no supplement; this takes them to
        // 3 600.00, flagged on the line, the plan and the dashboard for the specialist and the general manager.
        ServiceCost rental =
                new ServiceCost(serviceCase, CostCategory.OTHER, "在线振动监测仪租赁（1 个月）", Money.of("3600.00"), null, null);
        rental.checkAgainst(standards);
        em.createQuery("select c from CostPlan c where c.project = :project", CostPlan.class)
                .setParameter("project", project)
                .getResultList()
                .forEach(plan ->
                        rental.flagAgainstPlan(plan.judgeBooking(CostCategory.OTHER, Money.ZERO, rental.getAmount())
                                .orElse(null)));
        em.persist(rental);
    }

    /**
     * R-S6 … R-S12, R-S9: a major matter on 北湖净水厂 (WTP-2025-004) carried through — on-site work confirmed, 赵工
     * dispatched by the division leader, on site, work done, report and ticket signed by the owner's operations
     * supervisor —, its labour and travel booked, the trip report filed and a replacement recorded in the service book;
     * the supervising leader's assessment is still to be done. The dispatch lies two days back, clear of the windows the
     * integration tests book.
     */
    private void signedOffService(Project project, AppUser engineer) {
        Instant now = clock.instant();
        Instant received = now.minus(Duration.ofDays(3));
        LocalDate day = LocalDate.ofInstant(received, config.zone());
        CaseIntake intake = new CaseIntake(
                project.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "孙主管",
                received,
                "2号加药计量泵无法建立压力，出水总磷超标",
                true,
                false);
        ServiceCase serviceCase = new ServiceCase(
                caseNumber(day.getYear()),
                project,
                null,
                intake,
                ServiceClassifier.classify(project, null, day, List.of()),
                now,
                24,
                24);
        em.persist(serviceCase);
        serviceCase.recordReply(received.plus(Duration.ofHours(1)));
        serviceCase.recordLeaderReport(received.plus(Duration.ofHours(2)));
        serviceCase.confirmOnSiteNeeded(received.plus(Duration.ofHours(2)), 72, 24);
        Instant from = now.minus(Duration.ofHours(50));
        serviceCase.proposeDispatch(
                List.of(engineer),
                from,
                from.plus(Duration.ofHours(6)),
                List.of(),
                "specialist",
                received.plus(Duration.ofHours(3)));
        serviceCase.approveDispatch(List.of(), List.of(), "leader", received.plus(Duration.ofHours(4)));
        // R-S7: the engineer agreed the arrival time and the owner's cooperation before the visit.
        serviceCase.agreeVisit(
                from.plus(Duration.ofMinutes(30)), "业主停运2号加药计量泵并断电挂牌，运行人员现场配合", received.plus(Duration.ofHours(5)));
        serviceCase.recordArrival(from.plus(Duration.ofMinutes(30)));
        serviceCase.acknowledgeSafety(engineer.getUsername(), from.plus(Duration.ofMinutes(40)));
        serviceCase.recordWorkDone(
                "更换2号加药计量泵隔膜及单向阀，重新标定冲程",
                List.of(new PartUsed(1, "计量泵隔膜 PTFE", BigDecimal.ONE), new PartUsed(2, "单向阀组件", new BigDecimal("2"))),
                "试运行1小时，投加量稳定，出水总磷恢复达标",
                from.plus(Duration.ofHours(4)));
        String png = SignatureImage.DATA_URL_PREFIX + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                + "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        serviceCase.signServiceReport(
                "孙主管",
                SignerRole.OWNER_OPERATIONS_SUPERVISOR,
                null,
                SignatureImage.drawn(png),
                from.plus(Duration.ofHours(5)));
        serviceCase.signDispatchTicket("孙主管", SignatureImage.drawn(png), from.plus(Duration.ofHours(5)));
        LocalDate entryDay = LocalDate.ofInstant(received.plus(Duration.ofHours(4)), config.zone());
        ServiceBookEntry entry = new ServiceBookEntry(
                project, "SB-" + entryDay.getYear() + "-017", entryDay, "2号加药计量泵驱动电机更换，业主同意，已报分管领导");
        serviceCase.recordFactoryReturn(
                SupportKind.REPLACEMENT,
                "孙主管（业主运行主管）",
                received.plus(Duration.ofHours(3)),
                received.plus(Duration.ofHours(4)),
                entry,
                new ResponsibilitySplit(new BigDecimal("20"), new BigDecimal("80"), BigDecimal.ZERO, BigDecimal.ZERO),
                config.zone());
        ExpenseStandards standards = ExpenseStandards.defaults();
        for (ServiceCost cost : List.of(
                new ServiceCost(
                        serviceCase, CostCategory.LABOUR, "现场检修 6 小时", null, new BigDecimal("6"), Money.of("120.00")),
                new ServiceCost(
                        serviceCase,
                        CostCategory.TRAVEL,
                        "往返高铁（二等座）",
                        Money.of("356.50"),
                        null,
                        null,
                        new ServiceCost.StandardFacts(null, null, TravelClass.TRAIN_SECOND_CLASS)),
                // R-C7: a daily allowance is checked per day — 2 days at 130.00 is above the 100.00 standard.
                new ServiceCost(
                        serviceCase,
                        CostCategory.TRAVEL,
                        "出差补助 2 天",
                        Money.of("260.00"),
                        null,
                        null,
                        new ServiceCost.StandardFacts(null, null, null, 2)))) {
            cost.checkAgainst(standards);
            // R-C1: the project's plan is still a draft past its due date — costs booked now are flagged.
            cost.flagAgainstPlan(em
                    .createQuery("select c from CostPlan c where c.project = :project", CostPlan.class)
                    .setParameter("project", project)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .flatMap(plan -> CostPlan.judgeBooking(
                            plan,
                            plan.getDueDate(),
                            LocalDate.now(clock),
                            cost.getCategory(),
                            Money.ZERO,
                            cost.getAmount()))
                    .orElse(null));
            em.persist(cost);
        }
        serviceCase.fileTripReport(
                "赴北湖净水厂更换2号加药计量泵隔膜及单向阀；发现驱动电机绝缘下降，已按返厂更换登记。",
                LocalDate.ofInstant(from, config.zone()),
                LocalDate.ofInstant(from.plus(Duration.ofHours(6)), config.zone()),
                engineer.getUsername(),
                from.plus(Duration.ofHours(8)));
    }

    /**
     * R-L5, R-S2: a call from the site of 临港工业园污水处理厂二期 (WTP-2026-007, 项目一部), still under construction: recorded
     * by after-sales, forwarded and routed to 项目一部, which answers and closes it itself (login {@code project}).
     */
    private void constructionPhaseCall(Project project) {
        Instant now = clock.instant();
        Instant received = now.minus(Duration.ofHours(5));
        LocalDate day = LocalDate.ofInstant(received, config.zone());
        CaseIntake intake = new CaseIntake(
                project.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "何主任",
                received,
                "二期调节池液位计读数跳变，施工单位调试时发现，请项目部安排处理",
                false,
                false);
        ServiceCase serviceCase = new ServiceCase(
                caseNumber(day.getYear()),
                project,
                null,
                intake,
                ServiceClassifier.classify(project, null, day, List.of()),
                now,
                24,
                24);
        em.persist(serviceCase);
    }

    /** The next number of {@code year}, as ServiceCaseService counts: the year's row, made when missing. */
    private String caseNumber(int year) {
        int updated = em.createNativeQuery(
                        "UPDATE case_number_counter SET last_value = last_value + 1 WHERE counter_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO case_number_counter (counter_year, last_value) VALUES (?1, 1)")
                    .setParameter(1, year)
                    .executeUpdate();
            return ServiceCase.number(year, 1);
        }
        Number last =
                (Number) em.createNativeQuery("SELECT last_value FROM case_number_counter WHERE counter_year = ?1")
                        .setParameter(1, year)
                        .getSingleResult();
        return ServiceCase.number(year, last.intValue());
    }

    /**
     * R-K3: the typical faults of shared/domain-data (fault-cases.csv) as acknowledged knowledge articles, each with the
     * equipment type and discipline of its catalog entry. The search index is built from them right after seeding.
     */
    private void knowledgeBase(List<String[]> catalog) {
        Instant now = clock.instant();
        try (InputStream in = DemoData.class.getResourceAsStream("fault-cases.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> faults = reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
            for (String[] fault : faults) {
                String[] type = catalog.stream()
                        .filter(row -> row[0].equals(fault[0]))
                        .findFirst()
                        .orElse(null);
                org.aftersales.knowledge.KnowledgeArticle article = new org.aftersales.knowledge.KnowledgeArticle(
                        org.aftersales.knowledge.ArticleKind.valueOf(fault[4]), fault[1], fault[1]);
                article.write(article.getKind(), fault[1], fault[1], fault[2], fault[3]);
                article.classify(
                        type == null ? null : type[1], fault[0], type == null ? null : Discipline.valueOf(type[3]));
                article.submit(now.minus(Duration.ofDays(30)), "engineer");
                article.acknowledge(now.minus(Duration.ofDays(29)), "leader", null);
                em.persist(article);
            }
            LOG.info(() -> "Demo mode: seeded " + faults.size() + " knowledge articles");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void qualify(AppUser engineer, LocalDate today, Qualification... qualifications) {
        for (Qualification qualification : qualifications) {
            em.persist(new EngineerQualification(engineer, qualification, today.minusYears(2), "岗位资格证书"));
        }
    }

    private Subcontractor supplier(String name, SubcontractorKind kind, String person, String phone) {
        Subcontractor supplier = new Subcontractor(name, kind);
        supplier.changeContactDetails(person, phone, null, null);
        em.persist(supplier);
        return supplier;
    }

    private void contacts(Project project, int index) {
        OwnerContact manager = new OwnerContact(project, CONTACT_NAMES[index % CONTACT_NAMES.length] + "经理");
        manager.describe(manager.getName(), "业主项目经理");
        manager.changeContactDetails("138" + String.format("%08d", 1000 + index), null);
        manager.grantSignOffAuthority();
        em.persist(manager);
        OwnerContact operator = new OwnerContact(project, CONTACT_NAMES[(index + 3) % CONTACT_NAMES.length] + "主管");
        operator.describe(operator.getName(), "运行主管");
        operator.changeContactDetails("139" + String.format("%08d", 2000 + index), null);
        operator.grantSignOffAuthority();
        em.persist(operator);
    }

    private static final String[] CONTACT_NAMES = {"黄", "林", "何", "高", "罗", "马", "梁", "宋"};

    /** Eight items of the equipment catalog per project, each supplied by one of the demo suppliers. */
    private void equipment(Project project, List<String[]> catalog, List<Subcontractor> suppliers, int index) {
        for (int i = 0; i < 8; i++) {
            String[] row = catalog.get((index * 5 + i * 3) % catalog.size());
            EquipmentItem item = new EquipmentItem(
                    project,
                    row[0] + "-" + (101 + i),
                    row[1],
                    Discipline.valueOf(row[3]),
                    WorkScope.valueOf(row[4]),
                    WarrantyCategory.valueOf(row[5]));
            item.describe(
                    row[0] + "-" + (101 + i),
                    row[1],
                    row[0] + "-2000",
                    "SN" + (20240000 + index * 100 + i),
                    suppliers.get(i % suppliers.size()).getName());
            LocalDate formal = project.getFormalHandoverDate();
            LocalDate supplierEnd =
                    row[6].isEmpty() || formal == null ? null : formal.plusMonths(Integer.parseInt(row[6]));
            item.recordSupply(suppliers.get(i % suppliers.size()), supplierEnd);
            em.persist(item);
        }
    }

    /** The equipment catalog of shared/domain-data: code, name_zh, name_en, discipline, scope, category, months. */
    private static List<String[]> catalog() {
        try (InputStream in = DemoData.class.getResourceAsStream("equipment-catalog.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * R-C1, R-C2: cost plans in each state — approved with a GM-approved supplement (WTP-2024-002), submitted and
     * waiting for a leader (WTP-2026-005), a draft past its due date (WTP-2025-004, flagged overdue); WTP-2026-006 was
     * handed over ten days ago and has no plan yet, which is still in time.
     */
    private void costPlans(List<Project> projects, LocalDate today) {
        java.time.Instant now = clock.instant();
        java.time.ZoneId zone = clock.getZone();
        java.time.Instant weeksAgo =
                today.minusWeeks(6).atTime(10, 0).atZone(zone).toInstant();
        CostPlan approved = new CostPlan(projects.get(1), 1);
        approved.plan(CostCategory.LABOUR, Money.of("48000.00"), "2 名售后服务人员，质保期内约 60 人日");
        approved.plan(CostCategory.TRAVEL, Money.of("12600.00"), "南通—滨江往返约 14 次");
        approved.plan(CostCategory.ACCOMMODATION, Money.of("9800.00"), "按公司费用报销及控制标准");
        approved.plan(CostCategory.SPARE_PARTS, Money.of("35000.00"), "易损件：机械密封、膜片、传感器");
        approved.plan(CostCategory.OTHER, Money.of("3000.00"), "资料、通讯");
        approved.submit("specialist", weeksAgo, LocalDate.ofInstant(weeksAgo, zone));
        approved.approve("leader", weeksAgo.plus(java.time.Duration.ofDays(2)));
        em.persist(approved);
        SupplementalCostRequest supplement = approved.requestSupplement(
                CostCategory.SPARE_PARTS,
                Money.of("18500.00"),
                "磁悬浮鼓风机变频模块更换",
                "2号磁悬浮鼓风机变频模块烧毁，供货厂商质保已到期，需公司先行采购更换以保证生产，费用超出原计划备件费。",
                "specialist",
                now.minus(java.time.Duration.ofDays(10)));
        em.persist(supplement);
        em.flush();
        approved.approveSupplement(supplement.getId(), "gm", now.minus(java.time.Duration.ofDays(8)));
        SupplementalCostRequest pending = approved.requestSupplement(
                CostCategory.TRAVEL,
                Money.of("2400.00"),
                "业主要求增加一次汛期巡检",
                "汛期前对进水泵房及格栅设备进行专项巡检，需增加差旅一次。",
                "specialist",
                now.minus(java.time.Duration.ofDays(1)));
        em.persist(pending);

        CostPlan submitted = new CostPlan(projects.get(4), 1);
        submitted.plan(CostCategory.LABOUR, Money.of("26000.00"), "试运行期间驻场 1 人");
        submitted.plan(CostCategory.TRAVEL, Money.of("7200.00"), null);
        submitted.plan(CostCategory.SUBCONTRACTED_WORK, Money.of("15000.00"), "污泥脱水机厂家技术服务");
        submitted.submit("specialist", now.minus(java.time.Duration.ofDays(3)), today.minusDays(3));
        em.persist(submitted);

        CostPlan overdue = new CostPlan(projects.get(3), 1);
        overdue.plan(CostCategory.LABOUR, Money.of("30000.00"), "待与项目二部核对");
        em.persist(overdue);
    }

    private Department department(String name, DepartmentKind kind) {
        Department department = new Department(name, kind);
        em.persist(department);
        return department;
    }

    private AppUser user(String username, String displayName, Department department, Role role) {
        AppUser user = new AppUser(username, displayName, accounts.hashOf(username.toCharArray()), EnumSet.of(role));
        user.assignDepartment(department);
        em.persist(user);
        return user;
    }

    private Project project(
            String code,
            String name,
            String ownerName,
            String site,
            Department department,
            LocalDate provisional,
            LocalDate formal,
            String price) {
        return project(code, name, ownerName, site, department, provisional, formal, price, 12);
    }

    private Project project(
            String code,
            String name,
            String ownerName,
            String site,
            Department department,
            LocalDate provisional,
            LocalDate formal,
            String price,
            int warrantyMonths) {
        Owner owner = new Owner(ownerName);
        em.persist(owner);
        Project project = new Project(code, name, owner, warrantyMonths);
        project.describe(name, owner, site);
        project.recordContract("HT-" + code.substring(4), Money.of(price));
        project.recordHandover(new HandoverDates(provisional, formal, null, warrantyMonths));
        project.assignResponsibility(department, "调试负责人 " + code.substring(code.length() - 1));
        em.persist(project);
        return project;
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
