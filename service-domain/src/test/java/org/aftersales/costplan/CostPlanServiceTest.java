package org.aftersales.costplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.CostFixtures;
import org.aftersales.cost.PlanDeviation;
import org.aftersales.cost.ServiceCost;
import org.aftersales.cost.ServiceCostService;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.policy.PolicyKey;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cost plans against the migrated schema (H2), outside a container (R-C1, R-C2, R-C3). */
class CostPlanServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-03-12 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T02:00:00Z"), SHANGHAI);

    private static final Caller SPECIALIST = new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    private static final Caller LEADER = new TestCaller(null, Role.DIVISION_LEADER);
    private static final Caller GM = new TestCaller(null, Role.GENERAL_MANAGER);
    private static final Caller ENGINEER = new TestCaller(null, Role.AFTER_SALES_ENGINEER);

    private TestDatabase database;
    private Department east;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("costplans");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private CostPlanService service(Caller caller) {
        CostPlanService service = new CostPlanService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database.em(), caller);
        service.policy = PolicyFixtures.policyService(database.em(), caller);
        service.clock = CLOCK;
        service.changeLog = new ChangeLog(service.em, CLOCK);
        return service;
    }

    private Project project(String code, LocalDate provisional) {
        Owner owner = database.saved(new Owner("业主 " + code));
        Project project = new Project(code, "污水处理厂 " + code, owner, 12);
        project.recordHandover(new HandoverDates(provisional, null, null, 12));
        project.assignResponsibility(east, "调试负责人");
        return database.saved(project);
    }

    private long draftedPlan(Project project, String labour, String travel) {
        CostPlanService specialist = service(SPECIALIST);
        CostPlan plan = database.inTransaction(() -> specialist.create(project.getId()));
        long version = plan.getVersion();
        database.inTransaction(() -> specialist.planLines(
                project.getId(),
                version,
                List.of(
                        new CostPlanLineInput(CostCategory.LABOUR, Money.of(labour), "2 人 × 10 天"),
                        new CostPlanLineInput(CostCategory.TRAVEL, Money.of(travel), "往返 4 次"))));
        return project.getId();
    }

    private CostPlanSummary summary(long projectId) {
        database.em().clear();
        return database.inTransaction(() -> service(SPECIALIST).summary(projectId))
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "R-C1 due date = provisional handover + 1 month at month end: 2026-01-31 → 2026-02-28, fixed when the plan is created")
    void dueDateAtMonthEndAndFixed() {
        Project project = project("CP-DUE", LocalDate.of(2026, 1, 31));

        CostPlan plan = database.inTransaction(() -> service(SPECIALIST).create(project.getId()));
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CostPlan.dueDate(LocalDate.of(2024, 1, 31), 1))
                .as("leap year")
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 3, 15), 1)).isEqualTo(LocalDate.of(2026, 4, 15));

        database.inTransaction(() -> PolicyFixtures.policyService(database.em(), GM)
                .change(PolicyKey.COST_PLAN_MONTHS, new BigDecimal("2"), "总经理办公会 2026-3", "延长"));
        CostPlanSummary read = summary(project.getId());
        assertThat(read.dueDate())
                .as("a later policy edit does not move an existing due date")
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(read.state()).isEqualTo(CostPlanState.DRAFT);
        assertThat(read.overdue())
                .as("not submitted and 2026-03-12 is after 2026-02-28")
                .isTrue();
        assertThat(read.lines()).extracting(CostPlanSummary.Line::category).containsExactly(CostCategory.values());
    }

    @Test
    @DisplayName(
            "R-C1 the due date uses the policy in force at provisional handover: a policy edited after handover (1 → 2 months) moves neither a new plan's due date nor a planless project's")
    void dueDateUsesThePolicyInForceAtHandover() {
        Project project = project("CP-POL", LocalDate.of(2026, 1, 31));
        Project planless = project("CP-POL-NONE", LocalDate.of(2026, 2, 5));
        database.inTransaction(() -> PolicyFixtures.policyService(database.em(), GM)
                .change(PolicyKey.COST_PLAN_MONTHS, new BigDecimal("2"), "总经理办公会 2026-12", "延长"));

        CostPlan plan = database.inTransaction(() -> service(SPECIALIST).create(project.getId()));

        // Before the fix: the policy at creation, 2026-01-31 + 2 months = 2026-03-31.
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        // Without a plan: 2026-02-05 + 1 month = 2026-03-05 < 2026-03-12, overdue (before: 2026-04-05, not overdue).
        assertThat(database.inTransaction(() -> service(LEADER).overdue()))
                .filteredOn(o -> o.projectCode().equals("CP-POL-NONE"))
                .singleElement()
                .satisfies(o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5)));
        assertThat(planless.getId()).isNotNull();
    }

    @Test
    @DisplayName(
            "R-C1 a plan submitted after its due date stays marked submitted late through rejection, resubmission and approval; one submitted in time is not")
    void lateSubmissionStaysMarked() {
        long late = draftedPlan(project("CP-LATE", LocalDate.of(2026, 1, 31)), "1000.00", "0.00"); // due 2026-02-28
        long inTime = draftedPlan(project("CP-INTIME", LocalDate.of(2026, 3, 1)), "1000.00", "0.00"); // due 04-01

        database.inTransaction(() -> service(SPECIALIST).submit(late));
        database.inTransaction(() -> service(SPECIALIST).submit(inTime));
        assertThat(summary(late).submittedLate()).isTrue();
        assertThat(summary(late).overdue()).as("submitted: no longer overdue").isFalse();
        assertThat(summary(inTime).submittedLate()).isFalse();

        database.inTransaction(() -> service(LEADER).reject(late, "补充备件明细"));
        database.inTransaction(() -> service(SPECIALIST).submit(late));
        database.inTransaction(() -> service(LEADER).approve(late));
        assertThat(summary(late).submittedLate()).isTrue();
        assertThat(summary(late).state()).isEqualTo(CostPlanState.APPROVED);
    }

    @Test
    @DisplayName(
            "R-C1 costs booked after the due date while no plan is approved are flagged on the line and the plan (drafting month exempt; no plan at all flagged too)")
    void costsBeforeApprovalAreFlagged() {
        Project drafting = project("CP-EXEC-1", LocalDate.of(2026, 3, 1)); // due 2026-04-01: drafting month
        Project late = project("CP-EXEC-2", LocalDate.of(2026, 1, 31)); // due 2026-02-28
        Project none = project("CP-EXEC-3", LocalDate.of(2026, 2, 11)); // no plan, would be due 2026-03-11
        long lateProject = draftedPlan(late, "1000.00", "500.00");
        ServiceCostService costs = costs(ENGINEER);
        long draftingCase = onSiteCase(drafting).getId();
        long lateCase = onSiteCase(late).getId();
        long noneCase = onSiteCase(none).getId();

        ServiceCost inDraftingMonth = database.inTransaction(
                () -> costs.record(draftingCase, CostCategory.OTHER, "资料", Money.of("10.00"), null, null));
        ServiceCost beforeApproval = database.inTransaction(
                () -> costs.record(lateCase, CostCategory.OTHER, "资料", Money.of("10.00"), null, null));
        ServiceCost withoutPlan = database.inTransaction(
                () -> costs.record(noneCase, CostCategory.OTHER, "资料", Money.of("10.00"), null, null));
        database.inTransaction(() -> service(SPECIALIST).submit(lateProject));
        ServiceCost whileSubmitted = database.inTransaction(
                () -> costs.record(lateCase, CostCategory.OTHER, "资料", Money.of("10.00"), null, null));
        database.inTransaction(() -> service(LEADER).approve(lateProject));
        ServiceCost afterApproval = database.inTransaction(
                () -> costs.record(lateCase, CostCategory.LABOUR, "检修", null, new BigDecimal("2"), Money.of("85.00")));

        assertThat(inDraftingMonth.getPlanDeviation()).isNull();
        assertThat(beforeApproval.getPlanDeviation()).isEqualTo(PlanDeviation.BOOKED_BEFORE_APPROVAL);
        assertThat(beforeApproval.getPlanNote()).isEqualTo("2026-03-12 > 2026-02-28 · DRAFT");
        assertThat(withoutPlan.getPlanNote()).isEqualTo("2026-03-12 > 2026-03-11 · no plan");
        assertThat(whileSubmitted.getPlanNote()).isEqualTo("2026-03-12 > 2026-02-28 · SUBMITTED");
        assertThat(afterApproval.getPlanDeviation())
                .as("approved, labour 170.00 within 1000.00")
                .isNull();
        database.em().clear();
        assertThat(database.inTransaction(() -> service(SPECIALIST).flaggedCosts(lateProject)))
                .extracting(ServiceCost::getId)
                .containsExactly(whileSubmitted.getId(), beforeApproval.getId());
    }

    @Test
    @DisplayName("R-C1 a project without provisional handover has no plan yet; one plan per project")
    void planNeedsProvisionalHandoverAndIsUnique() {
        Project construction = project("CP-CON", null);
        Project project = project("CP-ONE", LocalDate.of(2026, 3, 1));

        assertThatThrownBy(
                        () -> database.inTransaction(() -> service(SPECIALIST).create(construction.getId())))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.noProvisionalHandover");
        database.inTransaction(() -> service(SPECIALIST).create(project.getId()));
        assertThatThrownBy(
                        () -> database.inTransaction(() -> service(SPECIALIST).create(project.getId())))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.exists");
    }

    @Test
    @DisplayName(
            "R-C1 DRAFT → SUBMITTED → REJECTED (reason required) → revised and resubmitted → APPROVED; who and when recorded; only then in execution")
    void approvalCycle() {
        long projectId = draftedPlan(project("CP-FLOW", LocalDate.of(2026, 3, 1)), "20000.00", "6000.00");

        assertThatThrownBy(() -> database.inTransaction(() -> service(LEADER).approve(projectId)))
                .as("a draft cannot be approved")
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.notSubmitted");
        assertThatThrownBy(() -> database.inTransaction(() -> service(ENGINEER).submit(projectId)))
                .as("the specialist drafts and submits, not an engineer")
                .isInstanceOf(AccessDeniedException.class);

        database.inTransaction(() -> service(SPECIALIST).submit(projectId));
        assertThat(summary(projectId).overdue())
                .as("submitted on 2026-03-12, due 2026-04-01")
                .isFalse();
        long submittedVersion = summary(projectId).version();
        assertThatThrownBy(() -> database.inTransaction(() -> service(SPECIALIST)
                        .planLines(
                                projectId,
                                submittedVersion,
                                List.of(new CostPlanLineInput(CostCategory.OTHER, Money.of("1.00"), null)))))
                .as("a submitted plan is not edited")
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.notEditable");
        assertThatThrownBy(
                        () -> database.inTransaction(() -> service(SPECIALIST).approve(projectId)))
                .as("the specialist does not approve their own plan")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> service(LEADER).reject(projectId, "  ")))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.rejectionReasonRequired");

        database.inTransaction(() -> service(LEADER).reject(projectId, "差旅费偏高，请按公司费用标准重新测算"));
        CostPlanSummary rejected = summary(projectId);
        assertThat(rejected.state()).isEqualTo(CostPlanState.REJECTED);
        assertThat(rejected.rejectionReason()).contains("差旅费偏高");
        assertThat(rejected.inExecution()).isFalse();

        database.inTransaction(() -> service(SPECIALIST)
                .planLines(
                        projectId,
                        rejected.version(),
                        List.of(new CostPlanLineInput(CostCategory.TRAVEL, Money.of("4000.00"), "按标准：高铁二等座"))));
        database.inTransaction(() -> service(SPECIALIST).submit(projectId));
        database.inTransaction(() -> service(GM).approve(projectId));

        CostPlanSummary approved = summary(projectId);
        assertThat(approved.state()).isEqualTo(CostPlanState.APPROVED);
        assertThat(approved.inExecution()).isTrue();
        assertThat(approved.plannedTotal()).isEqualTo(Money.of("24000.00"));
        assertThat(approved.submittedBy()).isEqualTo("test");
        assertThat(approved.submittedAt()).isEqualTo(CLOCK.instant());
        assertThat(approved.decidedBy()).isEqualTo("test");
        assertThat(approved.decidedAt()).isEqualTo(CLOCK.instant());
        assertThat(approved.rejectionReason()).isNull();
        assertThatThrownBy(() -> database.inTransaction(() -> service(LEADER).reject(projectId, "再议")))
                .as("an approved plan is not rejected afterwards")
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("R-C1 an empty plan cannot be submitted; a stale version of the lines is refused")
    void emptyPlanAndStaleVersion() {
        Project project = project("CP-EMPTY", LocalDate.of(2026, 3, 1));
        CostPlan plan = database.inTransaction(() -> service(SPECIALIST).create(project.getId()));
        long stale = plan.getVersion();

        assertThatThrownBy(
                        () -> database.inTransaction(() -> service(SPECIALIST).submit(project.getId())))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.nothingPlanned");
        database.inTransaction(() -> service(SPECIALIST)
                .planLines(
                        project.getId(),
                        stale,
                        List.of(new CostPlanLineInput(CostCategory.OTHER, Money.of("100.00"), "资料费"))));
        assertThatThrownBy(() -> database.inTransaction(() -> service(SPECIALIST)
                        .planLines(
                                project.getId(),
                                stale,
                                List.of(new CostPlanLineInput(CostCategory.OTHER, Money.of("200.00"), null)))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(summary(project.getId()).plannedTotal()).isEqualTo(Money.of("100.00"));
    }

    @Test
    @DisplayName(
            "R-C1 overdue: projects whose plan was not submitted by the due date, with or without a plan; a submitted plan is not")
    void overdueList() {
        long draft = draftedPlan(project("CP-OD1", LocalDate.of(2026, 1, 10)), "1000.00", "0.00"); // due 2026-02-10
        long submitted = draftedPlan(project("CP-OD2", LocalDate.of(2026, 1, 5)), "1000.00", "0.00");
        database.inTransaction(() -> service(SPECIALIST).submit(submitted));
        Project none = project("CP-OD3", LocalDate.of(2026, 1, 31)); // would be due 2026-02-28
        project("CP-OD4", LocalDate.of(2026, 2, 12)); // due 2026-03-12 = today: not yet overdue
        project("CP-OD5", null);

        List<OverdueCostPlan> overdue =
                database.inTransaction(() -> service(LEADER).overdue());

        assertThat(overdue).extracting(OverdueCostPlan::projectCode).containsExactly("CP-OD1", "CP-OD3");
        assertThat(overdue.get(0).projectId()).isEqualTo(draft);
        assertThat(overdue.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(overdue.get(0).state()).isEqualTo(CostPlanState.DRAFT);
        assertThat(overdue.get(1).projectId()).isEqualTo(none.getId());
        assertThat(overdue.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(overdue.get(1).state()).isNull();
    }

    @Test
    @DisplayName(
            "R-C2 supplemental costs on an approved plan: only the general manager approves; approved ones raise the total, rejected ones stay as history")
    void supplementsNeedTheGeneralManager() {
        long projectId = draftedPlan(project("CP-SUP", LocalDate.of(2026, 3, 1)), "20000.00", "6000.00");
        SupplementInput pump = new SupplementInput(
                CostCategory.SPARE_PARTS, Money.of("3500.00"), "2号泵机械密封更换", "质保期内机械密封失效，分包商已破产，需公司先行垫付备件费用。");
        assertThatThrownBy(
                        () -> database.inTransaction(() -> service(SPECIALIST).requestSupplement(projectId, pump)))
                .as("only an approved plan is in execution")
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.supplementNeedsApprovedPlan");
        database.inTransaction(() -> service(SPECIALIST).submit(projectId));
        database.inTransaction(() -> service(LEADER).approve(projectId));

        long first = database.inTransaction(() -> service(SPECIALIST).requestSupplement(projectId, pump))
                .getId();
        long second = database.inTransaction(() -> service(SPECIALIST)
                        .requestSupplement(
                                projectId,
                                new SupplementInput(CostCategory.TRAVEL, Money.of("800.00"), "增加一次现场回访", "业主要求")))
                .getId();
        assertThatThrownBy(() -> database.inTransaction(() -> service(SPECIALIST)
                        .requestSupplement(
                                projectId, new SupplementInput(CostCategory.OTHER, Money.of("1.00"), "原因", " "))))
                .as("the written report is required")
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("costPlan.error.justificationRequired");
        assertThatThrownBy(() -> database.inTransaction(() -> service(LEADER).approveSupplement(projectId, first)))
                .as("the division leader does not give the special approval")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(summary(projectId).budgetTotal())
                .as("a requested supplement does not count yet")
                .isEqualTo(Money.of("26000.00"));

        database.inTransaction(() -> service(GM).approveSupplement(projectId, first));
        database.inTransaction(() -> service(GM).rejectSupplement(projectId, second, "回访由项目部安排"));
        assertThatThrownBy(() -> database.inTransaction(() -> service(GM).approveSupplement(projectId, second)))
                .as("a decided request is not decided again")
                .isInstanceOf(BusinessException.class);

        CostPlanSummary plan = summary(projectId);
        assertThat(plan.plannedTotal()).isEqualTo(Money.of("26000.00"));
        assertThat(plan.supplementsTotal()).isEqualTo(Money.of("3500.00"));
        assertThat(plan.budgetTotal()).isEqualTo(Money.of("29500.00"));
        assertThat(plan.lines().stream()
                        .filter(l -> l.category() == CostCategory.SPARE_PARTS)
                        .findFirst()
                        .orElseThrow()
                        .budget())
                .isEqualTo(Money.of("3500.00"));
        assertThat(plan.supplements())
                .extracting(CostPlanSummary.Supplement::state)
                .containsExactly(SupplementState.APPROVED, SupplementState.REJECTED);
        assertThat(plan.supplements().get(0).decidedBy()).isEqualTo("test");
        assertThat(plan.supplements().get(0).decidedAt()).isEqualTo(CLOCK.instant());
        assertThat(plan.supplements().get(1).decisionNote()).isEqualTo("回访由项目部安排");
    }

    @Test
    @Tag("R-C3")
    @DisplayName(
            "R-C3 plan vs actual per category: actuals are the costs booked on the project's cases; variance = budget − actual")
    void planVersusActual() {
        Project project = project("CP-ACT", LocalDate.of(2026, 3, 1));
        Project other = project("CP-OTHER", LocalDate.of(2026, 3, 1));
        long projectId = draftedPlan(project, "1000.00", "500.00");
        long caseId = onSiteCase(project).getId();
        long otherCase = onSiteCase(other).getId();
        ServiceCostService costs = costs(ENGINEER);
        database.inTransaction(
                () -> costs.record(caseId, CostCategory.LABOUR, "现场检修", null, new BigDecimal("16"), Money.of("85.00")));
        database.inTransaction(() -> costs.record(caseId, CostCategory.TRAVEL, "高铁往返", Money.of("553.00"), null, null));
        database.inTransaction(() -> costs.record(caseId, CostCategory.TRAVEL, "出租车", Money.of("86.50"), null, null));
        database.inTransaction(
                () -> costs.record(otherCase, CostCategory.TRAVEL, "别的工程", Money.of("999.00"), null, null));

        CostPlanSummary plan = summary(projectId);

        CostPlanSummary.Line labour = plan.lines().get(0);
        assertThat(labour.category()).isEqualTo(CostCategory.LABOUR);
        assertThat(labour.actual()).isEqualTo(Money.of("1360.00"));
        assertThat(labour.variance()).isEqualTo(Money.of("-360.00"));
        assertThat(labour.overspent()).isTrue();
        CostPlanSummary.Line travel = plan.lines().get(1);
        assertThat(travel.actual()).as("only this project's cases").isEqualTo(Money.of("639.50"));
        assertThat(travel.variance()).isEqualTo(Money.of("-139.50"));
        assertThat(plan.actualTotal()).isEqualTo(Money.of("1999.50"));
        assertThat(plan.varianceTotal()).isEqualTo(Money.of("-499.50"));
        assertThat(database.inTransaction(() ->
                                service(new TestCaller(null, Role.FINANCE)).actualsByCategory(projectId))
                        .get(CostCategory.ACCOMMODATION))
                .isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName(
            "R-C3 R-O3 all plans at once (the monthly report's costs sheet) equal each project's own summary, by project code")
    void allSummariesEqualEachProjectsSummary() {
        Project second = project("CP-ALL-B", LocalDate.of(2026, 3, 1));
        Project first = project("CP-ALL-A", LocalDate.of(2026, 3, 1));
        project("CP-ALL-C", LocalDate.of(2026, 3, 1));
        long secondPlan = draftedPlan(second, "2000.00", "700.00");
        long firstPlan = draftedPlan(first, "1000.00", "500.00");
        database.inTransaction(() -> service(SPECIALIST).submit(firstPlan));
        database.inTransaction(() -> service(LEADER).approve(firstPlan));
        long supplement = database.inTransaction(() -> service(SPECIALIST)
                        .requestSupplement(
                                firstPlan,
                                new SupplementInput(CostCategory.SPARE_PARTS, Money.of("300.00"), "备件", "书面报告")))
                .getId();
        database.inTransaction(() -> service(GM).approveSupplement(firstPlan, supplement));
        long firstCase = onSiteCase(first).getId();
        long secondCase = onSiteCase(second).getId();
        ServiceCostService costs = costs(ENGINEER);
        database.inTransaction(
                () -> costs.record(firstCase, CostCategory.TRAVEL, "高铁往返", Money.of("553.00"), null, null));
        database.inTransaction(
                () -> costs.record(firstCase, CostCategory.TRAVEL, "出租车", Money.of("86.50"), null, null));
        database.inTransaction(() -> costs.record(secondCase, CostCategory.OTHER, "杂费", Money.of("12.30"), null, null));

        List<CostPlanSummary> all = database.inTransaction(() -> service(GM).summaries());

        assertThat(all).as("CP-ALL-C has no plan yet").containsExactly(summary(firstPlan), summary(secondPlan));
        assertThat(all.get(0).actualTotal()).isEqualTo(Money.of("639.50"));
        assertThat(all.get(0).supplementsTotal()).isEqualTo(Money.of("300.00"));
        assertThat(all.get(1).actualTotal()).isEqualTo(Money.of("12.30"));
    }

    @Test
    @DisplayName(
            "R-C2 a booking that takes its category over the approved budget (planned + approved supplements) is flagged with the figures, on the plan and for the specialist and the GM; a pending supplement does not count")
    void bookingOverTheApprovedBudgetIsFlagged() {
        Project project = project("CP-R-C2", LocalDate.of(2026, 3, 1));
        long projectId = draftedPlan(project, "1000.00", "500.00");
        database.inTransaction(() -> service(SPECIALIST).submit(projectId));
        database.inTransaction(() -> service(LEADER).approve(projectId));
        long caseId = onSiteCase(project).getId();
        ServiceCostService costs = costs(ENGINEER);

        ServiceCost first = database.inTransaction(
                () -> costs.record(caseId, CostCategory.TRAVEL, "高铁往返", Money.of("400.00"), null, null));
        ServiceCost toTheBudget = database.inTransaction(
                () -> costs.record(caseId, CostCategory.TRAVEL, "出租车", Money.of("100.00"), null, null));
        ServiceCost over = database.inTransaction(
                () -> costs.record(caseId, CostCategory.TRAVEL, "停车费", Money.of("0.01"), null, null));
        // Before the fix all three booked unflagged; the only sign was a style on the cost-plan page.
        assertThat(first.getPlanDeviation()).isNull();
        assertThat(toTheBudget.getPlanDeviation())
                .as("500.00 is the budget itself")
                .isNull();
        assertThat(over.getPlanDeviation()).isEqualTo(PlanDeviation.OVER_APPROVED_BUDGET);
        assertThat(over.getPlanNote()).isEqualTo("500.01 > 500.00");

        long pending = database.inTransaction(() -> service(SPECIALIST)
                        .requestSupplement(
                                projectId,
                                new SupplementInput(CostCategory.TRAVEL, Money.of("300.00"), "汛期巡检", "书面报告")))
                .getId();
        ServiceCost whilePending = database.inTransaction(
                () -> costs.record(caseId, CostCategory.TRAVEL, "巡检差旅", Money.of("299.99"), null, null));
        assertThat(whilePending.getPlanNote())
                .as("a requested supplement is no approval")
                .isEqualTo("800.00 > 500.00");
        database.inTransaction(() -> service(GM).approveSupplement(projectId, pending));
        ServiceCost afterApproval = database.inTransaction(() ->
                costs.record(caseId, CostCategory.LABOUR, "现场检修", null, new BigDecimal("10"), Money.of("100.00")));
        assertThat(afterApproval.getPlanDeviation())
                .as("labour 1000.00 = its budget")
                .isNull();
        ServiceCost travelAfterApproval = database.inTransaction(
                () -> costs.record(caseId, CostCategory.TRAVEL, "返程", Money.of("0.01"), null, null));
        assertThat(travelAfterApproval.getPlanNote()).isEqualTo("800.01 > 800.00");

        database.em().clear();
        assertThat(database.inTransaction(() -> service(SPECIALIST).flaggedCosts(projectId)))
                .extracting(ServiceCost::getId)
                .containsExactly(travelAfterApproval.getId(), whilePending.getId(), over.getId());
        assertThat(database.inTransaction(() -> costs(GM).flaggedAgainstPlan(50)))
                .extracting(ServiceCost::getId)
                .contains(over.getId(), whilePending.getId(), travelAfterApproval.getId())
                .doesNotContain(first.getId(), toTheBudget.getId());
    }

    @Test
    @DisplayName("R-C1 a project department sees only its own projects' plans; Design does not see cost plans")
    void visibility() {
        long projectId = draftedPlan(project("CP-VIS", LocalDate.of(2026, 3, 1)), "1000.00", "0.00");
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));

        assertThat(database.inTransaction(() ->
                        service(new TestCaller(east.getId(), Role.PROJECT_DEPT)).summary(projectId)))
                .isPresent();
        assertThatThrownBy(() -> database.inTransaction(() ->
                        service(new TestCaller(west.getId(), Role.PROJECT_DEPT)).summary(projectId)))
                .isInstanceOf(org.aftersales.shared.NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> service(new TestCaller(null, Role.DESIGN)).summary(projectId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ServiceCostService costs(Caller caller) {
        return CostFixtures.costService(database.em(), caller, CLOCK);
    }

    /** A case registered and confirmed on site on the morning of 2026-03-10, entered as it happened. */
    private ServiceCase onSiteCase(Project project) {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(), SPECIALIST, Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI));
        ServiceCase registered = database.inTransaction(() -> cases.register(new CaseIntake(
                project.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "刘明",
                Instant.parse("2026-03-10T01:00:00Z"),
                "2号泵振动大",
                false,
                false)));
        return database.inTransaction(
                () -> cases.confirmOnSiteNeeded(registered.getId(), Instant.parse("2026-03-10T02:00:00Z"), null));
    }
}
