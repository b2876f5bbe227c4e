package org.aftersales.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.aftersales.document.DocumentFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.CurrentUser;
import org.aftersales.staff.AccountFixtures;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo data seeds on a migrated schema: every entity it builds satisfies its rules and the database's. */
class DemoDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;

    /** Every test looks at the same thing: the demo data as the application seeds it on an empty, migrated schema. */
    @BeforeEach
    void seedOnAMigratedSchema() {
        database = TestDatabase.migrated("demo");
        DemoData demo = new DemoData();
        demo.em = database.em();
        demo.clock = CLOCK;
        demo.config = CaseFixtures.config(ZoneId.of("Asia/Shanghai"));
        demo.accounts = AccountFixtures.accountService(database.em(), new TestCaller(null, Role.ADMIN), CLOCK);
        demo.documents = DocumentFixtures.store(database, new TestCaller(null, Role.ADMIN));
        demo.self = demo;
        demo.cases = CaseFixtures.caseService(database.em(), new TestCaller(null, Role.AFTER_SALES_SPECIALIST), CLOCK);

        CurrentUser.runAs(DemoData.SEEDED_BY, () -> database.inTransaction(demo::seedIfEmpty));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    @DisplayName(
            "R-C4 R-C5 R-B2 demo data: registers with retention, a quality cost awaiting Engineering, flagged agreements")
    void seedsConsistentData() {
        assertThat(count("select count(r) from SubcontractorRetention r")).isEqualTo(8);
        assertThat(
                        count(
                                "select count(q) from QualityCost q where q.state = org.aftersales.retention.QualityCostState.REGISTERED"))
                .isEqualTo(1);
        assertThat(count("select count(r) from ProjectRetention r")).isEqualTo(4);
        // Issue 6, "my work": a crisis, a dispatch waiting for the leader, one approved with an agreed arrival.
        assertThat(count("select count(c) from ServiceCase c where c.priorityCase = true"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(d) from Dispatch d where d.status = org.aftersales.servicecase.DispatchStatus.PROPOSED"))
                .isEqualTo(1);
        // … and the signed-off service, whose visit is now agreed before its arrival (R-S7, issue 19 item 7).
        assertThat(count("select count(v) from OnSiteVisit v where v.agreedArrivalAt is not null"))
                .isEqualTo(2);
        assertThat(count("select count(r) from ProjectSubcontractor r where r.delegationAgreement.number is null"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-S2: demo data (R-L5): a construction-phase call on WTP-2026-007 is routed to 项目一部, whose login project is"
                    + " notified; every demo case is routed")
    void casesAreRouted() {
        assertThat(count("select count(r) from CaseRouting r where r.serviceCase.project.code = 'WTP-2026-007'"
                        + " and r.party = org.aftersales.servicecase.CaseParty.PROJECT_DEPARTMENT"
                        + " and r.department.name = '项目一部' and r.endedAt is null"))
                .isEqualTo(1);
        assertThat(count("select count(n) from Notification n where n.recipient.username = 'project'"
                        + " and n.kind = org.aftersales.notification.NotificationKind.CASE_ROUTED"
                        + " and n.serviceCase.project.code = 'WTP-2026-007'"))
                .isEqualTo(1);
        assertThat(count("select count(c) from ServiceCase c where not exists"
                        + " (select r from CaseRouting r where r.serviceCase = c)"))
                .isZero();
    }

    @Test
    @DisplayName(
            "R-C1 demo data: the cost plans are drafted by the after-sales specialist, a person with a display name, not the seeding login")
    void costPlansDraftedByAPerson() {
        assertThat(count("select count(c) from CostPlan c")).isEqualTo(3);
        assertThat(count("select count(c) from CostPlan c where c.createdBy = 'specialist'"))
                .isEqualTo(3);
        assertThat(count("select count(u) from AppUser u where u.username = 'specialist'"
                        + " and u.displayName = '王售后（售后服务专责）'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-C8 demo data: a return procedure awaiting the owner's answer to the reminder with a filed letter, and a subcontractor's retention the company pays late")
    void seedsAReturnProcedure() {
        assertThat(count("select count(r) from ProjectRetention r where r.returnApplication.reminderReceivedDate"
                        + " = {d '2026-11-18'}"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(l) from RetentionLetter l where l.kind = org.aftersales.retention.LetterKind.APPLICATION"))
                .isEqualTo(1);
        assertThat(count("select count(r) from SubcontractorRetention r where r.returnApplication.verificationDate"
                        + " = {d '2026-11-02'} and r.returnApplication.objection = false"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-K2 R-B4 R-S1 demo data: an approved manual with training owed and a draft, an archived specification, a photo on a case")
    void seedsDocuments() {
        assertThat(
                        count(
                                "select count(v) from ManualVersion v where v.state = org.aftersales.manual.ManualVersionState.APPROVED"))
                .isEqualTo(2);
        assertThat(
                        count(
                                "select count(v) from ManualVersion v where v.state = org.aftersales.manual.ManualVersionState.DRAFT"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(r) from TrainingRequirement r where r.state = org.aftersales.training.TrainingState.OPEN"))
                .isEqualTo(2);
        assertThat(count("select count(d) from StoredDocument d where d.equipmentItem is not null"
                        + " and d.kind = org.aftersales.document.DocumentKind.SPECIFICATION"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(a) from CaseAttachment a where a.document.fileType = org.aftersales.document.FileType.PNG"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-S6 R-S9 R-S12 demo data: a dispatched, signed-off service with costs, trip report and a replacement, awaiting the leader's assessment")
    void seedsASignedOffServiceAwaitingAssessment() {
        database.em().clear();
        ServiceCase signedOff = database.inTransaction(() -> database.em()
                .createQuery(
                        "select c from ServiceCase c where c.status = org.aftersales.servicecase.CaseStatus.SIGNED_OFF",
                        ServiceCase.class)
                .getSingleResult());
        assertThat(signedOff.getProject().getCode()).isEqualTo("WTP-2025-004");
        assertThat(signedOff.approvedDispatch()).isPresent();
        assertThat(signedOff.getArrivedAt())
                .isAfterOrEqualTo(signedOff.approvedDispatch().get().getDecidedAt());
        assertThat(signedOff.getTripReport()).isPresent();
        assertThat(signedOff.getAssessment()).isEmpty();
        assertThat(signedOff.getFactoryReturns())
                .singleElement()
                .satisfies(r -> assertThat(r.getSplit().getSubcontractor()).isEqualByComparingTo("80"));
        assertThat(count("select count(c) from ServiceCost c where c.serviceCase.id = " + signedOff.getId()))
                .isEqualTo(3);
        // R-C7: the daily allowance of 2 days at 130.00 is above the 100.00 standard.
        assertThat(count("select count(c) from ServiceCost c where c.serviceCase.id = " + signedOff.getId()
                        + " and c.standardDeviation = org.aftersales.cost.StandardDeviation.ALLOWANCE_OVER_LIMIT"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("R-C2 demo data: an over-budget booking on WTP-2024-002, flagged against its approved plan")
    void seedsAnOverBudgetBooking() {
        assertThat(count("select count(c) from ServiceCost c where c.serviceCase.project.code = 'WTP-2024-002'"
                        + " and c.planDeviation = org.aftersales.cost.PlanDeviation.OVER_APPROVED_BUDGET"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("R-C1 demo data: costs booked on WTP-2025-004 while its plan is a draft past its due date are flagged")
    void seedsCostsBookedBeforeApproval() {
        assertThat(count("select count(c) from ServiceCost c where c.serviceCase.project.code = 'WTP-2025-004'"
                        + " and c.planDeviation = org.aftersales.cost.PlanDeviation.BOOKED_BEFORE_APPROVAL"))
                .isEqualTo(3);
    }

    @Test
    @DisplayName(
            "R-B3: demo data — the blower supplier's ¥12 800 deduction is a confirmed quality cost on a case about its"
                    + " blower, so its scorecard counts that case as a quality defect")
    void seedsAQualityDefect() {
        assertThat(count("select count(q) from QualityCost q where q.cause like '磁悬浮风机轴承故障%'"
                        + " and q.state = org.aftersales.retention.QualityCostState.CONFIRMED"
                        + " and q.serviceCase.equipmentItem.supplier = q.retention.subcontractor"
                        + " and q.retention.subcontractor.name = '上海磁悬浮风机股份有限公司'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-S10: demo data — a feedback about function handed off to the Design Department, the owner told, awaiting"
                    + " the answer")
    void seedsAFeedbackHandedOff() {
        assertThat(count("select count(h) from ComplaintHandoff h where h.answeredAt is null"
                        + " and h.serviceCase.type = org.aftersales.servicecase.CaseType.FEEDBACK"
                        + " and h.serviceCase.concern = org.aftersales.servicecase.ComplaintSubject.FUNCTION"
                        + " and h.target = org.aftersales.servicecase.HandoffTarget.DESIGN"))
                .isEqualTo(1);
        assertThat(count("select count(u) from OwnerUpdate u"
                        + " where u.serviceCase.type = org.aftersales.servicecase.CaseType.FEEDBACK"))
                .isEqualTo(1);
    }

    private long count(String jpql) {
        return database.inTransaction(
                () -> database.em().createQuery(jpql, Long.class).getSingleResult());
    }
}
