package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Acts entered on the case aggregate with the time claimed and the time entered (Robustness issue: "an arrival can be
 * back-dated to turn a breach into 'met in time' unseen"). Times as in {@link OnSiteFixtures}: on-site work confirmed
 * 2026-03-10 02:00Z, so the 72 h arrival clock is due 2026-03-13 02:00Z.
 */
class LateEntryTest {

    private static final Instant ARRIVAL_DUE = Instant.parse("2026-03-13T02:00:00Z");
    /** Saturday 2026-03-14 17:00 Shanghai: the arrival clock is past due. */
    private static final Instant ENTERED = Instant.parse("2026-03-14T09:00:00Z");
    /** What the engineer says: on site on 2026-03-12 20:00Z, 6 h before the clock was due — 37 h before entering it. */
    private static final Instant CLAIMED_ARRIVAL = Instant.parse("2026-03-12T20:00:00Z");

    private final AppUser engineer = OnSiteFixtures.engineer("engineer", "李工");
    private final LateEntryRule rule = LateEntryRule.hours(24, ENTERED);

    private static CaseEvent line(ServiceCase serviceCase, CaseEventKind kind) {
        return serviceCase.getTimeline().stream()
                .filter(event -> event.getKind() == kind)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    @Test
    @DisplayName(
            "R-S5 back-dated arrival beyond 24 h needs a late reason: refused without one, leaving the case and its clock"
                    + " as they were")
    void backDatedArrivalNeedsReason() {
        ServiceCase serviceCase = OnSiteFixtures.dispatched("SC-2026-00001", engineer);
        int lines = serviceCase.getTimeline().size();

        BusinessException refused =
                refusal(() -> serviceCase.enter(rule, CLAIMED_ARRIVAL, null, serviceCase::recordArrival));

        assertThat(refused.getField()).isEqualTo("lateReason");
        assertThat(refused.getMessageKey()).isEqualTo("case.error.lateReasonRequired");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(serviceCase.getArrivedAt()).isNull();
        assertThat(serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().stateAt(ENTERED))
                .isEqualTo(ClockState.BREACHED);
        assertThat(serviceCase.getTimeline()).hasSize(lines);
    }

    @Test
    @DisplayName(
            "R-S5 back-dated arrival beyond 24 h with a late reason counts as claimed — the clock met in time — but the"
                    + " timeline marks it late with its entered time and reason, and the clock as met by a late entry")
    void backDatedArrivalWithReasonIsMarked() {
        ServiceCase serviceCase = OnSiteFixtures.agreed("SC-2026-00001", engineer);

        serviceCase.enter(rule, CLAIMED_ARRIVAL, "现场无信号，纸质到场单周六补录", serviceCase::recordArrival);

        SlaClock arrival = serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow();
        assertThat(arrival.getDueAt()).isEqualTo(ARRIVAL_DUE);
        assertThat(arrival.getMetAt()).isEqualTo(CLAIMED_ARRIVAL);
        assertThat(arrival.isMetInTime()).isTrue();
        assertThat(arrival.isMetByLateEntry()).isTrue();
        CaseEvent arrived = line(serviceCase, CaseEventKind.ARRIVAL_RECORDED);
        assertThat(arrived.getClaimedAt()).isEqualTo(CLAIMED_ARRIVAL);
        assertThat(arrived.getEnteredAt()).isEqualTo(ENTERED);
        assertThat(arrived.isLate()).isTrue();
        assertThat(arrived.getLateReason()).isEqualTo("现场无信号，纸质到场单周六补录");
        assertThat(line(serviceCase, CaseEventKind.DISPATCH_APPROVED).isLate())
                .as("the lines before it stay as they were entered")
                .isFalse();
    }

    @Test
    @DisplayName("R-S5 an arrival entered within 24 h of its claim is a timely entry: not late, the clock not marked")
    void timelyArrival() {
        ServiceCase serviceCase = OnSiteFixtures.agreed("SC-2026-00001", engineer);
        LateEntryRule soonAfter = LateEntryRule.hours(24, OnSiteFixtures.ARRIVED.plusSeconds(1800));

        serviceCase.enter(soonAfter, OnSiteFixtures.ARRIVED, null, serviceCase::recordArrival);

        CaseEvent arrived = line(serviceCase, CaseEventKind.ARRIVAL_RECORDED);
        assertThat(arrived.isLate()).isFalse();
        assertThat(arrived.getEnteredAt()).isEqualTo(OnSiteFixtures.ARRIVED.plusSeconds(1800));
        assertThat(serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().isMetByLateEntry())
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-S5 an arrival claimed before the act it follows (the leader's approval) is refused, with or without reason")
    void beforePreviousActRefused() {
        ServiceCase serviceCase = OnSiteFixtures.dispatched("SC-2026-00001", engineer);
        Instant beforeApproval = OnSiteFixtures.APPROVED.minusSeconds(60);

        BusinessException refused =
                refusal(() -> serviceCase.enter(rule, beforeApproval, "补录", serviceCase::recordArrival));

        assertThat(refused.getField()).isEqualTo("at");
        assertThat(refused.getMessageKey()).isEqualTo("case.error.beforePreviousAct");
        assertThat(serviceCase.lastActAt()).isEqualTo(OnSiteFixtures.APPROVED);
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
    }

    @Test
    @DisplayName(
            "R-S12 costs and other lines written at the moment of entry do not set the order: an act may still claim a time"
                    + " before a cost booked afterwards")
    void costsDoNotSetTheOrder() {
        ServiceCase serviceCase = OnSiteFixtures.agreed("SC-2026-00001", engineer);
        serviceCase.recordCostBooked("TRAVEL 320.00 往返车费", ENTERED.minusSeconds(60));

        assertThat(serviceCase.lastActAt())
                .as("the visit agreed after the approval (R-S7) is the last act")
                .isEqualTo(OnSiteFixtures.AGREED);
        serviceCase.enter(rule, ENTERED.minusSeconds(3600), null, serviceCase::recordArrival);
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
    }

    @Test
    @DisplayName(
            "R-S4 the major-matter clock met in time rests on a late entry when its leader report was one; a timely reply"
                    + " alone does not mark it")
    void majorMatterMetByLateLeaderReport() {
        ServiceCase serviceCase = OnSiteFixtures.registered("SC-2026-00002");
        serviceCase.confirmOnSiteNeeded(OnSiteFixtures.CONFIRMED, 72, 24);
        Instant reply = OnSiteFixtures.CONFIRMED.plusSeconds(3600);
        Instant report = reply.plusSeconds(3600);

        serviceCase.enter(LateEntryRule.hours(24, reply.plusSeconds(60)), reply, null, serviceCase::recordReply);
        serviceCase.enter(rule, report, "上报分管领导的记录周末补录", serviceCase::recordLeaderReport);

        SlaClock major = serviceCase.clock(ClockKind.MAJOR_MATTER).orElseThrow();
        assertThat(major.getMetAt()).isEqualTo(report);
        assertThat(major.isMetInTime()).isTrue();
        assertThat(major.isMetByLateEntry()).isTrue();
        assertThat(serviceCase.clock(ClockKind.REPLY).orElseThrow().isMetByLateEntry())
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-S5 history is exempt: an act called on the aggregate directly (demo data, an import) takes a week-old time"
                    + " as given, not late")
    void historyIsExempt() {
        ServiceCase serviceCase = OnSiteFixtures.agreed("SC-2026-00001", engineer);

        serviceCase.recordArrival(OnSiteFixtures.ARRIVED);

        CaseEvent arrived = line(serviceCase, CaseEventKind.ARRIVAL_RECORDED);
        assertThat(arrived.isLate()).isFalse();
        assertThat(arrived.getClaimedAt()).isEqualTo(OnSiteFixtures.ARRIVED);
        assertThat(arrived.getEnteredAt()).as("entered when it is stored").isNull();
        assertThat(serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().isMetByLateEntry())
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-S1 a call registered beyond 24 h after it came in is a late entry with its reason; without a time received"
                    + " the case takes the time of entry and says so")
    void intake() {
        Instant thursday = Instant.parse("2026-03-12T10:00:00Z");
        CaseIntake fax = new CaseIntake(
                1L,
                null,
                Channel.FAX,
                CaseType.SERVICE_REQUEST,
                "王工",
                thursday,
                "2号泵振动大",
                false,
                false,
                "周四下班后收到的传真，周六才登记");
        ClaimedTime received = rule.judgeIntake(fax.receivedAt(), fax.lateReason());

        ServiceCase late = new ServiceCase(
                "SC-2026-00003",
                ServiceClassifierTest.project("P-1"),
                null,
                fax,
                ServiceClass.WARRANTY,
                received,
                24,
                24);

        assertThat(late.getReceivedAt()).isEqualTo(thursday);
        assertThat(late.isReceivedAtDefaulted()).isFalse();
        assertThat(late.getTimeline())
                .filteredOn(event -> event.getKind() == CaseEventKind.REGISTERED)
                .singleElement()
                .satisfies(registered -> {
                    assertThat(registered.isLate()).isTrue();
                    assertThat(registered.getEnteredAt()).isEqualTo(ENTERED);
                    assertThat(registered.getLateReason()).isEqualTo("周四下班后收到的传真，周六才登记");
                });

        CaseIntake now =
                new CaseIntake(1L, null, Channel.PHONE, CaseType.SERVICE_REQUEST, "王工", null, "出水浊度超标", false, false);
        ServiceCase defaulted = new ServiceCase(
                "SC-2026-00004",
                ServiceClassifierTest.project("P-1"),
                null,
                now,
                ServiceClass.WARRANTY,
                rule.judgeIntake(null, null),
                24,
                24);
        assertThat(defaulted.getReceivedAt()).isEqualTo(ENTERED);
        assertThat(defaulted.isReceivedAtDefaulted()).isTrue();
        assertThat(defaulted.getTimeline())
                .allSatisfy(event -> assertThat(event.isLate()).isFalse());
    }

    @Test
    @DisplayName("R-S6 an act that makes something — a dispatch proposal, a forwarding — is entered the same way")
    void enterReturning() {
        ServiceCase serviceCase = OnSiteFixtures.confirmed("SC-2026-00005");
        Instant proposedAt = OnSiteFixtures.PROPOSED;

        Dispatch proposal = serviceCase.enterReturning(
                LateEntryRule.hours(24, proposedAt.plusSeconds(120)),
                proposedAt,
                null,
                when -> serviceCase.proposeDispatch(
                        List.of(engineer),
                        OnSiteFixtures.WINDOW_FROM,
                        OnSiteFixtures.WINDOW_TO,
                        List.of(),
                        "specialist",
                        when));

        assertThat(proposal.getProposedAt()).isEqualTo(proposedAt);
        assertThat(line(serviceCase, CaseEventKind.DISPATCH_PROPOSED).getEnteredAt())
                .isEqualTo(proposedAt.plusSeconds(120));
    }
}
