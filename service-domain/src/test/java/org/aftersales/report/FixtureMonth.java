package org.aftersales.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.followup.FollowUpFixtures;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.retention.RetentionFixtures;
import org.aftersales.retention.RetentionService;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.Money;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.survey.AnswerData;
import org.aftersales.survey.ResponseData;
import org.aftersales.survey.SurveyFixtures;
import org.aftersales.survey.SurveyService;
import org.aftersales.testing.SettableClock;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;

/**
 * A month worked out by hand: February 2026 in Asia/Shanghai (UTC+8), judged on 2026-03-10. The expected figures are
 * written next to each act; {@code MonthlyReportServiceTest} asserts them.
 *
 * <p>Project P-WAR is in warranty until 2026-03-01 (WARRANTY cases); P-HO is in trial operation since 2026-01-05
 * (HANDOVER_DEFECT). Cases received in February (Shanghai): 6 service requests, 1 complaint, 1 consultation, 1 feedback.
 *
 * <pre>
 * Acts are entered ten minutes after they happened, except three late entries (entered beyond the 24 h bound, with a
 * reason; they count as claimed): #2's reply (26 h later), #3's arrival (32 h later), #9's reply (36 h later).
 *
 * REPLY clocks due in February (24 h):
 *   #1 received 02-01 01:00 (Shanghai; 01-31 17:00Z), replied after 10 h        → in time, 10 h
 *   #2 complaint received 02-10, replied after 30 h (a late entry)               → late, 30 h
 *   #3 received 02-15, replied after 4 h                                         → in time, 4 h
 *   #6 received 02-05, never replied; cancelled 02-08 (after it was due)         → not met
 *   #9 received 02-11, replied after 20 h (a late entry)                         → in time, 20 h, met by a late entry
 *   #7 received 02-24, cancelled 4 h later, before it fell due                   → not counted
 *   #5 received 02-28 04:00 Shanghai: due 03-01 04:00 Shanghai                   → March, not counted
 *   due 5, met in time 3 → 60.00 %, of which met by a late entry 1 (#9; #2's late entry met its clock late);
 *   met 4: 4, 10, 20, 30 h → mean 16.00, p90 = rank ⌈3.6⌉ = 4th → 30.00
 * MAJOR_MATTER (#3, 24 h): reply at 4 h, leader report at 6 h → met at 6 h: 1 of 1, 100.00 %, mean = p90 = 6.00;
 *   met by a late entry 0
 * ON_SITE_ARRIVAL (#3, 72 h from 02-15 09:00Z): paused 02-16 09:00Z … 02-17 09:00Z (24 h) → due 02-19 09:00Z;
 *   arrived 02-19 01:00Z (entered 02-20 09:00Z, late): 88 h elapsed − 24 h paused = 64.00 h, in time: 1 of 1,
 *   100.00 %, met by a late entry 1
 * Crises open at 03-01 00:00: #4 (flagged 02-21, open) = 1; #7 (crisis at intake, cancelled) does not count.
 * Complaints open: #2 = 1.
 * Owner satisfaction, February: (5,4,3) = 4.00 and (5,5,5) = 5.00 → 4.50 over 2; the March response (1,1,1) not.
 * Retention due in February: P-FEB 100 000.00 due 02-02, 60 000.00 collected 02-20 (40 000.00 only on 03-05)
 *   → 60.00 %; year to date adds P-JAN 50 000.00 due 01-11 collected in full 01-20 → 110 000 / 150 000 = 73.33 %.
 * Return procedure (R-C8) at 02-28 (Spring Festival holidays 02-15 … 02-23):
 *   P-FEB applied, received Tue 02-03 → verification due 02-17, a holiday → 02-24; unanswered on 02-28: REMINDER_DUE
 *     → 1 application pending.
 *   P-OLD 20 000.00 due 2025-12-02, received Tue 2025-12-30 → verification due 2026-01-13; reminder received 01-21
 *     → due 02-04, unanswered → deemed accepted 02-05 (1 this month); payment due 02-05 + 14 = 02-19, a holiday → 02-24;
 *     overdue 02-25 … 02-28 = 4 days at the LPR 3.00 %: 20 000 × 3 × 4 / 36 500 = 6.575… → 6.58 (1 overdue, 20 000.00).
 *   A subcontractor's application on P-WAR received Thu 02-26 → the company must answer by 03-12: 1 to answer, no
 *     interest owed.
 * </pre>
 */
final class FixtureMonth {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI);
    /** When the cases' acts are entered: moved to each act as it is entered (see {@link #entered}). */
    private static final SettableClock ENTRY = new SettableClock(CLOCK.instant(), SHANGHAI);

    static final YearMonth MONTH = YearMonth.of(2026, 2);
    static final TestCaller SPECIALIST = new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    static final TestCaller FINANCE = new TestCaller(null, Role.FINANCE);
    static final TestCaller GM = new TestCaller(null, Role.GENERAL_MANAGER);

    private FixtureMonth() {}

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    /** An act that happened at {@code utc}, entered ten minutes later: within the late-entry bound. */
    private static Instant entered(String utc) {
        ENTRY.set(at(utc).plus(Duration.ofMinutes(10)));
        return at(utc);
    }

    /** An act that happened at {@code claimed} and was entered only at {@code enteredAt}: a late entry. */
    private static Instant enteredLate(String claimed, String enteredAt) {
        ENTRY.set(at(enteredAt));
        return at(claimed);
    }

    static void build(TestDatabase database) {
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Project warranty = ProjectFixtures.projectInWarranty(database, "P-WAR", east);
        Project trial = FollowUpFixtures.project(database, "P-HO", east, LocalDate.of(2026, 1, 5), null);
        Project feb =
                FollowUpFixtures.project(database, "P-FEB", east, LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 1));
        Project jan =
                FollowUpFixtures.project(database, "P-JAN", east, LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 10));
        // Each act is entered ten minutes after it happened — as at the hotline — unless marked a late entry.
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), SPECIALIST, ENTRY);

        // January in Shanghai (01-31 23:00): not a February case.
        register(database, cases, warranty, CaseType.CONSULTATION, "2026-01-31T15:00:00Z", false, false);
        long c1 = register(database, cases, warranty, CaseType.SERVICE_REQUEST, "2026-01-31T17:00:00Z", false, false);
        database.inTransaction(() -> cases.recordReply(c1, entered("2026-02-01T03:00:00Z"), null));
        long c2 = register(database, cases, warranty, CaseType.COMPLAINT, "2026-02-10T01:00:00Z", false, false);
        database.inTransaction(
                () -> cases.recordReply(c2, enteredLate("2026-02-11T07:00:00Z", "2026-02-12T09:00:00Z"), "电话答复，次日补录"));
        long c3 = register(database, cases, warranty, CaseType.SERVICE_REQUEST, "2026-02-15T01:00:00Z", true, false);
        database.inTransaction(() -> cases.recordReply(c3, entered("2026-02-15T05:00:00Z"), null));
        database.inTransaction(() -> cases.recordLeaderReport(c3, entered("2026-02-15T07:00:00Z"), null));
        database.inTransaction(() -> cases.confirmOnSiteNeeded(c3, entered("2026-02-15T09:00:00Z"), null));
        database.inTransaction(() -> cases.pauseArrivalClock(c3, entered("2026-02-16T09:00:00Z"), "业主要求延后到场", null));
        database.inTransaction(() -> cases.resumeArrivalClock(c3, entered("2026-02-17T09:00:00Z"), null));
        // R-S6: the engineer arrives only once the leader approved the dispatch.
        AppUser engineer = database.saved(new AppUser("engineer-feb", "李工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), SPECIALIST, ENTRY)
                .propose(
                        c3,
                        List.of(engineer.getId()),
                        at("2026-02-18T00:00:00Z"),
                        at("2026-02-19T08:00:00Z"),
                        entered("2026-02-17T10:00:00Z"),
                        null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), GM, ENTRY)
                .approve(c3, null, entered("2026-02-17T11:00:00Z"), null));
        // R-S7: the arrival time and the owner's cooperation agreed before the visit.
        database.inTransaction(() -> CaseFixtures.onSiteService(database.em(), SPECIALIST, ENTRY)
                .agreeVisit(c3, at("2026-02-19T01:00:00Z"), "业主安排运行人员配合停机", entered("2026-02-17T12:00:00Z"), null));
        database.inTransaction(() ->
                cases.recordArrival(c3, enteredLate("2026-02-19T01:00:00Z", "2026-02-20T09:00:00Z"), "现场无信号，到场记录次日补录"));
        long c4 = register(database, cases, warranty, CaseType.CONSULTATION, "2026-02-20T01:00:00Z", false, false);
        database.inTransaction(() -> cases.flagCrisis(c4, entered("2026-02-21T01:00:00Z"), null));
        register(database, cases, warranty, CaseType.SERVICE_REQUEST, "2026-02-27T20:00:00Z", false, false);
        long c6 = register(database, cases, warranty, CaseType.SERVICE_REQUEST, "2026-02-05T01:00:00Z", false, false);
        database.inTransaction(() -> cases.cancel(c6, "重复登记", entered("2026-02-08T01:00:00Z"), null));
        long c7 = register(database, cases, warranty, CaseType.SERVICE_REQUEST, "2026-02-24T01:00:00Z", false, true);
        database.inTransaction(() -> cases.cancel(c7, "误报", entered("2026-02-24T05:00:00Z"), null));
        register(database, cases, trial, CaseType.FEEDBACK, "2026-02-12T01:00:00Z", false, false);
        long c9 = register(database, cases, warranty, CaseType.SERVICE_REQUEST, "2026-02-11T01:00:00Z", false, false);
        database.inTransaction(() ->
                cases.recordReply(c9, enteredLate("2026-02-11T21:00:00Z", "2026-02-13T09:00:00Z"), "纸质答复记录两天后交回"));

        SurveyService surveys = SurveyFixtures.surveyService(database.em(), SPECIALIST, CLOCK);
        ownerSurvey(database, surveys, warranty, LocalDate.of(2026, 2, 3), 5, 4, 3);
        ownerSurvey(database, surveys, trial, LocalDate.of(2026, 2, 25), 5, 5, 5);
        ownerSurvey(database, surveys, warranty, LocalDate.of(2026, 3, 2), 1, 1, 1);

        RetentionService retentions = RetentionFixtures.retentionService(database.em(), FINANCE, CLOCK);
        long febRetention = database.inTransaction(() -> retentions
                .recordProjectRetention(feb.getId(), Money.of("100000.00"), null)
                .getId());
        database.inTransaction(() -> retentions.collect(febRetention, Money.of("60000.00"), LocalDate.of(2026, 2, 20)));
        database.inTransaction(() -> retentions.collect(febRetention, Money.of("40000.00"), LocalDate.of(2026, 3, 5)));
        long janRetention = database.inTransaction(() -> retentions
                .recordProjectRetention(jan.getId(), Money.of("50000.00"), null)
                .getId());
        database.inTransaction(() -> retentions.collect(janRetention, Money.of("50000.00"), LocalDate.of(2026, 1, 20)));

        database.inTransaction(() -> retentions.applyForReturn(
                febRetention,
                LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 3),
                org.aftersales.retention.ReturnChannel.LETTER));
        Project old =
                FollowUpFixtures.project(database, "P-OLD", east, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 1));
        long oldRetention = database.inTransaction(() -> retentions
                .recordProjectRetention(old.getId(), Money.of("20000.00"), null)
                .getId());
        database.inTransaction(() -> retentions.applyForReturn(
                oldRetention,
                LocalDate.of(2025, 12, 29),
                LocalDate.of(2025, 12, 30),
                org.aftersales.retention.ReturnChannel.LETTER));
        database.inTransaction(
                () -> retentions.recordReminder(oldRetention, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21)));
        org.aftersales.subcontractor.Subcontractor supplier =
                database.saved(new org.aftersales.subcontractor.Subcontractor(
                        "磁悬浮风机厂", org.aftersales.subcontractor.SubcontractorKind.EQUIPMENT_SUPPLIER));
        long held = database.inTransaction(() -> retentions
                .holdFromSubcontractor(warranty.getId(), supplier.getId(), Money.of("50000.00"), null, null)
                .getId());
        database.inTransaction(() -> retentions.receiveReturnApplication(
                held,
                LocalDate.of(2026, 2, 25),
                LocalDate.of(2026, 2, 26),
                org.aftersales.retention.ReturnChannel.EMAIL));
        database.em().clear();
    }

    private static long register(
            TestDatabase database,
            ServiceCaseService cases,
            Project project,
            CaseType type,
            String receivedAt,
            boolean majorMatter,
            boolean crisis) {
        return database.inTransaction(() -> cases.register(new CaseIntake(
                        project.getId(),
                        null,
                        Channel.PHONE,
                        type,
                        "王工",
                        entered(receivedAt),
                        "二沉池刮泥机异响",
                        majorMatter,
                        crisis))
                .getId());
    }

    private static void ownerSurvey(
            TestDatabase database, SurveyService surveys, Project project, LocalDate on, int q1, int q2, int q3) {
        database.inTransaction(() -> surveys.answer(
                SurveyFixtures.OWNER_TEMPLATE,
                new ResponseData(
                        project.getId(),
                        null,
                        null,
                        "林主管",
                        on,
                        List.of(
                                new AnswerData(21, q1, null, null),
                                new AnswerData(22, q2, null, null),
                                new AnswerData(23, q3, null, null),
                                new AnswerData(24, null, true, null),
                                new AnswerData(25, null, null, null)))));
    }
}
