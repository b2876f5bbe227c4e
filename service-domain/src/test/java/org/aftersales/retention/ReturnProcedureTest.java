package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.policy.CalendarDayKind;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The statutory return procedure's deadlines and late interest on exact dates (R-C8), outside any container. */
class ReturnProcedureTest {

    /** 2026 National Day (10-01 … 10-07, make-up working days 09-20 and 10-10) and Qingming (04-04 … 04-06). */
    private static final HolidayCalendar CALENDAR = calendar();

    private static final LateInterest LPR =
            LateInterest.atRates(List.of(new LatePaymentRate(LocalDate.of(2025, 5, 20), new BigDecimal("3.00"))));

    private static HolidayCalendar calendar() {
        Map<LocalDate, CalendarDayKind> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), CalendarDayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 9, 20), CalendarDayKind.MAKEUP_WORKDAY);
        days.put(LocalDate.of(2026, 10, 10), CalendarDayKind.MAKEUP_WORKDAY);
        for (int d = 4; d <= 6; d++) {
            days.put(LocalDate.of(2026, 4, d), CalendarDayKind.HOLIDAY);
        }
        return HolidayCalendar.of(days);
    }

    private static ProjectRetention retention(String amount) {
        Project project = new Project("WTP-R", "再生水厂", new Owner("水务集团"), 12);
        project.recordContract("HT-1", Money.of("10000000.00"));
        project.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), null, 12));
        return new ProjectRetention(project, Money.of(amount), null);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName(
            "R-C8 the 14 days from receipt: start day not counted, month end and leap day exact, a last day in a holiday moves to the next working day")
    void verificationDeadlines() {
        assertThat(ReturnApplication.received(day("2026-01-30"), day("2026-01-30"), ReturnChannel.BY_HAND)
                        .verificationDueDate(CALENDAR))
                .isEqualTo(day("2026-02-13"));
        // 2026-03-31 + 14 = 2026-04-14 (Tuesday), across the month end.
        assertThat(ReturnApplication.received(null, day("2026-03-31"), ReturnChannel.LETTER)
                        .verificationDueDate(CALENDAR))
                .isEqualTo(day("2026-04-14"));
        // 2028-02-15 + 14 = 2028-02-29, the leap day (a Tuesday).
        assertThat(ReturnApplication.received(null, day("2028-02-15"), ReturnChannel.EMAIL)
                        .verificationDueDate(CALENDAR))
                .isEqualTo(day("2028-02-29"));
        // 2026-09-17 + 14 = 2026-10-01, National Day: the period ends on the first working day after it.
        assertThat(ReturnApplication.received(null, day("2026-09-17"), ReturnChannel.FAX)
                        .verificationDueDate(CALENDAR))
                .isEqualTo(day("2026-10-08"));
        // 2026-03-21 + 14 = 2026-04-04 (Saturday, Qingming): 04-07.
        assertThat(ReturnApplication.received(null, day("2026-03-21"), ReturnChannel.LETTER)
                        .verificationDueDate(CALENDAR))
                .isEqualTo(day("2026-04-07"));
        assertThatThrownBy(() -> ReturnApplication.received(day("2026-03-05"), day("2026-03-04"), ReturnChannel.LETTER))
                .isInstanceOf(BusinessException.class)
                .hasMessage("returnProcedure.error.receivedBeforeSent");
    }

    @Test
    @DisplayName(
            "R-C8 deemed acceptance only when neither the verification period nor the reminder's period saw an answer; payment due after the return term")
    void deemedAcceptance() {
        ProjectRetention retention = retention("300000.00");
        assertThatThrownBy(() -> retention.applyForReturn(day("2026-02-27"), day("2026-03-01"), ReturnChannel.LETTER))
                .hasMessage("returnProcedure.error.beforeDue");
        retention.applyForReturn(day("2026-03-02"), day("2026-03-04"), ReturnChannel.LETTER);

        ReturnStatus waiting = retention.returnStatusOn(day("2026-03-10"), CALENDAR, LPR);
        assertThat(waiting.state()).isEqualTo(ReturnState.AWAITING_VERIFICATION);
        assertThat(waiting.verificationDueDate()).isEqualTo(day("2026-03-18"));
        assertThat(waiting.daysLeft()).isEqualTo(8);
        assertThat(retention.returnStatusOn(day("2026-03-19"), CALENDAR, LPR).state())
                .isEqualTo(ReturnState.REMINDER_DUE);

        assertThatThrownBy(() -> retention.recordReminder(day("2026-03-18"), day("2026-03-19"), CALENDAR))
                .hasMessage("returnProcedure.error.reminderTooEarly");
        retention.recordReminder(day("2026-03-19"), day("2026-03-21"), CALENDAR);
        // 2026-03-21 + 14 = 04-04 (Qingming) → 04-07; deemed accepted the day after; payment 14 days later.
        ReturnStatus reminded = retention.returnStatusOn(day("2026-04-07"), CALENDAR, LPR);
        assertThat(reminded.state()).isEqualTo(ReturnState.AWAITING_REMINDER_ANSWER);
        assertThat(reminded.reminderDueDate()).isEqualTo(day("2026-04-07"));
        assertThat(reminded.paymentDueDate()).isNull();

        ReturnStatus deemed = retention.returnStatusOn(day("2026-04-08"), CALENDAR, LPR);
        assertThat(deemed.state()).isEqualTo(ReturnState.DEEMED_ACCEPTED);
        assertThat(deemed.deemedAcceptedDate()).isEqualTo(day("2026-04-08"));
        assertThat(deemed.paymentDueDate()).isEqualTo(day("2026-04-22"));
        assertThatThrownBy(() -> retention.recordVerification(day("2026-04-09"), false, null, CALENDAR))
                .hasMessage("returnProcedure.error.alreadyDeemedAccepted");
    }

    @Test
    @DisplayName(
            "R-C8 an answer within the reminder's period prevents deemed acceptance; an objection needs a reason and a new application")
    void answerPreventsDeemedAcceptance() {
        ProjectRetention verified = retention("300000.00");
        verified.applyForReturn(null, day("2026-03-04"), ReturnChannel.EMAIL);
        verified.recordReminder(null, day("2026-03-21"), CALENDAR);
        verified.recordVerification(day("2026-04-07"), false, null, CALENDAR);
        ReturnStatus status = verified.returnStatusOn(day("2026-05-01"), CALENDAR, LPR);
        assertThat(status.state()).isEqualTo(ReturnState.VERIFIED);
        assertThat(status.deemedAcceptedDate()).isNull();
        // 2026-04-07 + the contract's 14 days = 04-21.
        assertThat(status.paymentDueDate()).isEqualTo(day("2026-04-21"));

        ProjectRetention objected = retention("300000.00");
        objected.applyForReturn(null, day("2026-03-04"), ReturnChannel.BY_HAND);
        assertThatThrownBy(() -> objected.recordVerification(day("2026-03-10"), true, " ", CALENDAR))
                .hasMessage("returnProcedure.error.reasonRequired");
        objected.recordVerification(day("2026-03-10"), true, "屋面渗漏维修费用 2 万元需从质保金中扣除", CALENDAR);
        assertThat(objected.returnStatusOn(day("2026-03-11"), CALENDAR, LPR).state())
                .isEqualTo(ReturnState.OBJECTED);
        assertThat(objected.returnStatusOn(day("2026-03-11"), CALENDAR, LPR).paymentDueDate())
                .isNull();
        objected.applyForReturn(null, day("2026-03-20"), ReturnChannel.LETTER);
        assertThat(objected.returnStatusOn(day("2026-03-21"), CALENDAR, LPR).state())
                .isEqualTo(ReturnState.AWAITING_VERIFICATION);
        assertThatThrownBy(() -> objected.applyForReturn(null, day("2026-03-22"), ReturnChannel.LETTER))
                .hasMessage("returnProcedure.error.alreadyApplied");
    }

    @Test
    @DisplayName(
            "R-C8 late interest: 30,000.00 at 3.45 % for 45 days is 127.60; actual/365 from the day after payment was due, rounded once")
    void interestAtTheContractRate() {
        ProjectRetention retention = retention("30000.00");
        retention.agreeReturnTerms(14, new BigDecimal("3.45"));
        retention.applyForReturn(null, day("2026-03-04"), ReturnChannel.LETTER);
        retention.recordVerification(day("2026-03-10"), false, null, CALENDAR);
        // Payment due 2026-03-24; 45 days late is 2026-05-08.
        ReturnStatus status = retention.returnStatusOn(day("2026-05-08"), CALENDAR, LPR);
        assertThat(status.paymentDueDate()).isEqualTo(day("2026-03-24"));
        assertThat(status.interestAccrued()).isEqualTo(Money.of("127.60"));
        assertThat(retention.returnStatusOn(day("2026-03-24"), CALENDAR, LPR).interestAccrued())
                .isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("R-C8 late interest is piecewise: each day at the rate then in force, on the balance then outstanding")
    void interestAcrossARateChangeAndAPayment() {
        LateInterest lpr = LateInterest.atRates(List.of(
                new LatePaymentRate(day("2024-07-22"), new BigDecimal("3.35")),
                new LatePaymentRate(day("2024-10-21"), new BigDecimal("3.10"))));
        ProjectRetention retention = retention("100000.00");
        // 10 days (10-11 … 10-20) at 3.35 % and 11 days (10-21 … 10-31) at 3.10 %: 100,000 × 67.6 / 36,500.
        assertThat(lpr.accrued(retention.getAmount(), List.of(), day("2024-10-10"), day("2024-10-31")))
                .isEqualTo(Money.of("185.21"));
        // 40,000 paid on 10-15: the payment day still bears interest, the balance is 60,000 from 10-16.
        List<RetentionCollection> paid =
                List.of(new RetentionCollection(retention, Money.of("40000.00"), day("2024-10-15")));
        assertThat(lpr.accrued(retention.getAmount(), paid, day("2024-10-10"), day("2024-10-31")))
                .isEqualTo(Money.of("129.48"));
    }

    @Test
    @DisplayName(
            "R-C8 the other way round: the company paying a subcontractor's retention late owes interest by the same rules, on the balance still held after deductions and releases")
    void interestTheCompanyOwesASubcontractor() {
        Project project = retention("1000.00").getProject();
        SubcontractorRetention held = new SubcontractorRetention(
                project,
                new org.aftersales.subcontractor.Subcontractor(
                        "磁悬浮风机厂", org.aftersales.subcontractor.SubcontractorKind.EQUIPMENT_SUPPLIER),
                Money.of("30000.00"),
                null,
                day("2025-03-01"),
                null,
                null);
        held.receiveReturnApplication(null, day("2026-03-04"), ReturnChannel.LETTER);
        held.deduct(Money.of("6000.00"), "轴承更换", null, day("2026-03-10"));
        held.answerReturnApplication(day("2026-03-10"), false, null, CALENDAR);
        // Verified 03-10 → the company must pay by 03-24; nothing owed on that day.
        assertThat(held.returnStatusOn(day("2026-03-24"), CALENDAR, LPR).paymentDueDate())
                .isEqualTo(day("2026-03-24"));
        assertThat(held.returnStatusOn(day("2026-03-24"), CALENDAR, LPR).interestAccrued())
                .isEqualTo(Money.ZERO);
        held.release(Money.of("14000.00"), day("2026-04-10"));
        // 03-25 … 04-10: 17 days on 24,000; 04-11 … 04-30: 20 days on 10,000 → 608,000 × 3 / 36,500 = 49.97.
        ReturnStatus status = held.returnStatusOn(day("2026-04-30"), CALENDAR, LPR);
        assertThat(status.state()).isEqualTo(ReturnState.VERIFIED);
        assertThat(status.interestAccrued()).isEqualTo(Money.of("49.97"));
        assertThat(status.daysLeft()).isEqualTo(-37);
        held.release(Money.of("10000.00"), day("2026-05-01"));
        // Paid in full on 05-01: the interest stops with that day, no deadline runs any more.
        ReturnStatus paid = held.returnStatusOn(day("2026-06-30"), CALENDAR, LPR);
        assertThat(paid.interestAccrued()).isEqualTo(Money.of("50.79"));
        assertThat(paid.daysLeft()).isNull();
    }

    @Test
    @DisplayName(
            "R-C8 the letters are composed from the register in Chinese with its figures; a reminder only after the verification period passed, an interest claim only with interest")
    void lettersComposedFromTheRegister() {
        Letterhead head = new Letterhead("某某环保工程有限公司", "杭州市", "0571-1");
        ProjectRetention retention = retention("30000.00");
        retention.agreeReturnTerms(14, new BigDecimal("3.45"));
        retention.applyForReturn(null, day("2026-03-04"), ReturnChannel.LETTER);

        LetterContent application = LetterContent.compose(
                LetterKind.APPLICATION, retention, retention.returnStatusOn(day("2026-03-04"), CALENDAR, LPR), head);
        assertThat(application.title()).isEqualTo("工程质量保证金返还申请书");
        assertThat(application.addressee()).isEqualTo("水务集团");
        assertThat(application.body())
                .contains("“再生水厂”（项目编号 WTP-R，合同编号 HT-1）")
                .contains("缺陷责任期已于 2026-03-01 届满")
                .contains("人民币 ¥30,000.00（大写：叁万元整）");
        assertThat(application.amount()).isEqualTo(Money.of("30000.00"));

        assertThatThrownBy(() -> LetterContent.compose(
                        LetterKind.REMINDER,
                        retention,
                        retention.returnStatusOn(day("2026-03-18"), CALENDAR, LPR),
                        head))
                .hasMessage("returnProcedure.error.reminderNotDue");
        LetterContent reminder = LetterContent.compose(
                LetterKind.REMINDER, retention, retention.returnStatusOn(day("2026-03-19"), CALENDAR, LPR), head);
        assertThat(reminder.body()).contains("已于 2026-03-04 签收").contains("核实期限已于 2026-03-18 届满");

        assertThatThrownBy(() -> LetterContent.compose(
                        LetterKind.INTEREST_CLAIM,
                        retention,
                        retention.returnStatusOn(day("2026-03-19"), CALENDAR, LPR),
                        head))
                .hasMessage("returnProcedure.error.noInterest");
        retention.recordVerification(day("2026-03-10"), false, null, CALENDAR);
        LetterContent claim = LetterContent.compose(
                LetterKind.INTEREST_CLAIM, retention, retention.returnStatusOn(day("2026-05-08"), CALENDAR, LPR), head);
        assertThat(claim.interestAccrued()).isEqualTo(Money.of("127.60"));
        assertThat(claim.body())
                .contains("应于 2026-03-24 前返还")
                .contains("合同约定的年利率 3.45%")
                .contains("自 2026-03-25 起")
                .contains("共计人民币 ¥127.60（大写：壹佰贰拾柒元陆角）");
    }
}
