package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.APPROVED;
import static org.aftersales.servicecase.OnSiteFixtures.ARRIVED;
import static org.aftersales.servicecase.OnSiteFixtures.CONFIRMED;
import static org.aftersales.servicecase.OnSiteFixtures.PROPOSED;
import static org.aftersales.servicecase.OnSiteFixtures.SAFETY;
import static org.aftersales.servicecase.OnSiteFixtures.WINDOW_FROM;
import static org.aftersales.servicecase.OnSiteFixtures.WINDOW_TO;
import static org.aftersales.servicecase.OnSiteFixtures.WORK_DONE;
import static org.aftersales.servicecase.OnSiteFixtures.agree;
import static org.aftersales.servicecase.OnSiteFixtures.agreed;
import static org.aftersales.servicecase.OnSiteFixtures.confirmed;
import static org.aftersales.servicecase.OnSiteFixtures.dispatched;
import static org.aftersales.servicecase.OnSiteFixtures.engineer;
import static org.aftersales.servicecase.OnSiteFixtures.minutesAfter;
import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.aftersales.servicecase.OnSiteFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Preparing the visit and recording the work, on the case aggregate (R-S7). */
class OnSiteVisitTest {

    private final AppUser li = engineer("engineer", "李工");

    private static final String WORK = "更换2号提升泵机械密封，校正联轴器对中";
    private static final String RESULT = "试运行2小时，振动0.8 mm/s，恢复正常";

    private static List<PartUsed> parts() {
        return List.of(
                new PartUsed(1, "机械密封 MG1-45", new BigDecimal("1")),
                new PartUsed(2, "电缆 YJV 3×4", new BigDecimal("2.500")));
    }

    @Test
    @DisplayName(
            "R-S7 before the visit the agreed arrival time and the owner's cooperation are recorded; they may be agreed again until arrival")
    void agreeVisit() {
        ServiceCase serviceCase = dispatched("SC-2026-00001", li);

        serviceCase.agreeVisit(WINDOW_FROM, "业主停运2号泵并断电挂牌，提供吊装葫芦", minutesAfter(CONFIRMED, 90));
        serviceCase.agreeVisit(minutesAfter(WINDOW_FROM, 60), "业主停运2号泵并断电挂牌", minutesAfter(CONFIRMED, 120));

        OnSiteVisit visit = serviceCase.getVisit().orElseThrow();
        assertThat(visit.getAgreedArrivalAt()).isEqualTo(minutesAfter(WINDOW_FROM, 60));
        assertThat(visit.getOwnerCooperation()).isEqualTo("业主停运2号泵并断电挂牌");
        assertThat(serviceCase.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.VISIT_AGREED)
                .hasSize(2);

        assertThat(refusal(() -> serviceCase.agreeVisit(null, "x", CONFIRMED)).getField())
                .isEqualTo("agreedArrivalAt");
        assertThat(refusal(() -> serviceCase.agreeVisit(WINDOW_FROM, " ", CONFIRMED))
                        .getField())
                .isEqualTo("ownerCooperation");
        assertThat(refusal(() -> serviceCase.agreeVisit(CONFIRMED.minusSeconds(1), "x", CONFIRMED))
                        .getMessageKey())
                .isEqualTo("case.error.timeOrder");
        serviceCase.recordArrival(ARRIVED);
        assertThat(refusal(() -> serviceCase.agreeVisit(WINDOW_FROM, "x", ARRIVED))
                        .getMessageKey())
                .isEqualTo("visit.error.alreadyArrived");
        assertThat(refusal(() -> registered("SC-2026-00002").agreeVisit(WINDOW_FROM, "x", CONFIRMED))
                        .getMessageKey())
                .isEqualTo("case.error.onSiteNotConfirmed");
    }

    @Test
    @DisplayName(
            "R-S7 work done refused before the safety acknowledgement: personal and equipment safety and the owner's site procedures come first")
    void workDoneNeedsSafetyFirst() {
        ServiceCase serviceCase = agreed("SC-2026-00001", li);
        serviceCase.recordArrival(ARRIVED);

        BusinessException refused = refusal(() -> serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE));

        assertThat(refused.getMessageKey()).isEqualTo("visit.error.safetyNotAcknowledged");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .doesNotContain(CaseEventKind.WORK_DONE_RECORDED);
    }

    @Test
    @DisplayName(
            "R-S7 after the safety acknowledgement the work, the parts used and the result are recorded: WORK_DONE")
    void workDone() {
        // Issue 19 item 7: both engineers sent acknowledge for themselves (before, "engineer2" — not sent — could).
        ServiceCase serviceCase = sentBoth("SC-2026-00001");
        agree(serviceCase);
        serviceCase.acknowledgeSafety("engineer", minutesAfter(APPROVED, 30));
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety("engineer2", SAFETY);

        serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE);

        OnSiteVisit visit = serviceCase.getVisit().orElseThrow();
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
        assertThat(visit.getSafetyAcknowledgedAt())
                .as("the first acknowledgement is kept as before")
                .isEqualTo(minutesAfter(APPROVED, 30));
        assertThat(visit.getSafetyAcknowledgedBy()).isEqualTo("engineer");
        assertThat(visit.getSafetyAcknowledgements())
                .extracting(SafetyAcknowledgement::getBy, SafetyAcknowledgement::getAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("engineer", minutesAfter(APPROVED, 30)),
                        org.assertj.core.groups.Tuple.tuple("engineer2", SAFETY));
        assertThat(visit.getWorkDescription()).isEqualTo(WORK);
        assertThat(visit.getWorkResult()).isEqualTo(RESULT);
        assertThat(visit.getParts())
                .extracting(PartUsed::toString)
                .containsExactly("机械密封 MG1-45 × 1", "电缆 YJV 3×4 × 2.5");
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        CaseEventKind.SAFETY_ACKNOWLEDGED,
                        CaseEventKind.ARRIVAL_RECORDED,
                        CaseEventKind.SAFETY_ACKNOWLEDGED,
                        CaseEventKind.WORK_DONE_RECORDED);
        assertThat(refusal(() -> serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE))
                        .getMessageKey())
                .as("recorded once: it is what the owner signs")
                .isEqualTo("visit.error.workAlreadyDone");
        assertThat(refusal(() -> serviceCase.acknowledgeSafety("engineer", WORK_DONE))
                        .getMessageKey())
                .isEqualTo("visit.error.workAlreadyDone");
    }

    @Test
    @DisplayName(
            "R-S7 the work is recorded on site only, after the arrival and the acknowledgement, with a description and a result")
    void workDoneRules() {
        ServiceCase notThere = dispatched("SC-2026-00001", li);
        notThere.acknowledgeSafety("engineer", SAFETY);
        assertThat(refusal(() -> notThere.recordWorkDone(WORK, parts(), RESULT, WORK_DONE))
                        .getMessageKey())
                .isEqualTo("visit.error.notArrived");

        ServiceCase serviceCase = agreed("SC-2026-00002", li);
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety("engineer", SAFETY);
        assertThat(refusal(() -> serviceCase.recordWorkDone(" ", parts(), RESULT, WORK_DONE))
                        .getField())
                .isEqualTo("work");
        assertThat(refusal(() -> serviceCase.recordWorkDone(WORK, parts(), null, WORK_DONE))
                        .getField())
                .isEqualTo("result");
        assertThat(refusal(() -> serviceCase.recordWorkDone(WORK, parts(), RESULT, SAFETY.minusSeconds(1)))
                        .getMessageKey())
                .isEqualTo("case.error.timeOrder");
        assertThat(refusal(() -> serviceCase.recordWorkDone(
                                WORK,
                                Collections.nCopies(101, new PartUsed(1, "螺栓", BigDecimal.ONE)),
                                RESULT,
                                WORK_DONE))
                        .getMessageKey())
                .isEqualTo("visit.error.tooManyParts");
        serviceCase.recordWorkDone(WORK, null, RESULT, WORK_DONE);
        assertThat(serviceCase.getVisit().orElseThrow().getParts())
                .as("no parts used")
                .isEmpty();
        assertThat(refusal(() -> registered("SC-2026-00003").acknowledgeSafety("engineer", SAFETY))
                        .getMessageKey())
                .isEqualTo("case.error.onSiteNotConfirmed");
    }

    /** Confirmed, and 李工 ("engineer") and 王工 ("engineer2") sent together. */
    private ServiceCase sentBoth(String number) {
        ServiceCase serviceCase = confirmed(number);
        serviceCase.proposeDispatch(List.of(li, wang), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED);
        serviceCase.approveDispatch(List.of(), List.of(), "leader", APPROVED);
        return serviceCase;
    }

    private final AppUser wang = engineer("engineer2", "王工");

    @Test
    @DisplayName(
            "R-S7: the arrival is refused until the arrival time and the owner's cooperation are agreed; agreed, it is"
                    + " recorded and meets the arrival clock")
    void arrivalNeedsTheAgreedVisit() {
        ServiceCase serviceCase = dispatched("SC-2026-00001", li);

        BusinessException refused = refusal(() -> serviceCase.recordArrival(ARRIVED));

        assertThat(refused.getMessageKey()).isEqualTo("visit.error.notAgreed");
        assertThat(refused.getArguments()).containsExactly("SC-2026-00001");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(serviceCase.getArrivedAt()).isNull();

        agree(serviceCase);
        serviceCase.recordArrival(ARRIVED);
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        // Confirmed 02:00Z, arrived 01:00Z the next day: 23 h of the 72 h.
        assertThat(serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().getMetAt())
                .isEqualTo(ARRIVED);
    }

    @Test
    @DisplayName(
            "R-S7: each dispatched engineer acknowledges the safety rules themselves — the specialist, the integration"
                    + " account or an engineer not sent cannot, nobody twice — and the work waits for every one of them")
    void eachDispatchedEngineerAcknowledges() {
        ServiceCase serviceCase = sentBoth("SC-2026-00001");
        agree(serviceCase);
        assertThat(refusal(() -> confirmed("SC-2026-00002").acknowledgeSafety("engineer", SAFETY))
                        .getMessageKey())
                .as("before the dispatch nobody is sent yet")
                .isEqualTo("visit.error.safetyBeforeDispatch");
        for (String notSent : List.of("erp", "specialist", "engineer3")) {
            BusinessException refused = refusal(() -> serviceCase.acknowledgeSafety(notSent, SAFETY));
            assertThat(refused.getMessageKey()).isEqualTo("visit.error.safetyNotDispatched");
            assertThat(refused.getArguments()).containsExactly(notSent, "李工、王工");
        }
        assertThat(refusal(() -> serviceCase.acknowledgeSafety("engineer", minutesAfter(APPROVED, -1)))
                        .getMessageKey())
                .as("not before the leader decided whom to send")
                .isEqualTo("case.error.timeOrder");
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety("engineer", SAFETY);
        assertThat(refusal(() -> serviceCase.acknowledgeSafety("engineer", minutesAfter(SAFETY, 1)))
                        .getMessageKey())
                .isEqualTo("visit.error.safetyAlreadyAcknowledged");

        // Before, 李工's acknowledgement unlocked the work for both: now 王工 must acknowledge too.
        BusinessException waiting = refusal(() -> serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE));
        assertThat(waiting.getMessageKey()).isEqualTo("visit.error.safetyNotAcknowledgedBy");
        assertThat(waiting.getArguments()).containsExactly("王工");
        assertThat(serviceCase.engineersWithoutSafetyAcknowledgement())
                .extracting(AppUser::getUsername)
                .containsExactly("engineer2");

        serviceCase.acknowledgeSafety("engineer2", minutesAfter(SAFETY, 20));
        assertThat(refusal(() -> serviceCase.recordWorkDone(WORK, parts(), RESULT, minutesAfter(SAFETY, 10)))
                        .getMessageKey())
                .as("the work comes after the last acknowledgement")
                .isEqualTo("case.error.timeOrder");
        serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE);
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
        assertThat(serviceCase.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.SAFETY_ACKNOWLEDGED)
                .extracting(CaseEvent::getDetail)
                .containsExactly("engineer", "engineer2");
    }

    @Test
    @DisplayName("R-S7 a part line needs a name and a quantity above zero with at most three decimals")
    void partLines() {
        assertThat(refusal(() -> new PartUsed(3, " ", BigDecimal.ONE)).getArguments())
                .containsExactly(3);
        assertThat(refusal(() -> new PartUsed(1, "螺栓", BigDecimal.ZERO)).getMessageKey())
                .isEqualTo("visit.error.partQuantity");
        assertThat(refusal(() -> new PartUsed(1, "螺栓", new BigDecimal("-1"))).getMessageKey())
                .isEqualTo("visit.error.partQuantity");
        assertThat(refusal(() -> new PartUsed(1, "螺栓", new BigDecimal("0.0001")))
                        .getMessageKey())
                .isEqualTo("visit.error.partQuantity");
        assertThat(refusal(() -> new PartUsed(1, "螺栓", null)).getField()).isEqualTo("parts");
        assertThat(new PartUsed(1, " 螺栓 M16 ", new BigDecimal("20.000")).getQuantity())
                .isEqualByComparingTo("20");
        assertThat(new PartUsed(1, "螺栓 M16", new BigDecimal("20.000"))
                        .getQuantity()
                        .toPlainString())
                .isEqualTo("20");
    }

    @Test
    @DisplayName("issue 16 work interrupted (等待备件 / 等待业主): a timeline line with the reason and what is awaited, only on"
            + " site before the work is done; no clock effect, the status stays ARRIVED and the work is then"
            + " recorded as done")
    void workInterrupted() {
        ServiceCase serviceCase = agreed("SC-2026-00001", li);
        assertThat(refusal(() -> serviceCase.recordWorkInterruption(
                                WorkInterruption.WAITING_FOR_PARTS, null, minutesAfter(ARRIVED, -10)))
                        .getMessageKey())
                .as("not before arrival")
                .isEqualTo("visit.error.notArrived");
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety("engineer", SAFETY);
        List<String> clocksBefore = clocks(serviceCase);

        serviceCase.recordWorkInterruption(
                WorkInterruption.WAITING_FOR_PARTS, " 机械密封 MG1-45 明日到货 ", minutesAfter(SAFETY, 30));
        serviceCase.recordWorkInterruption(WorkInterruption.WAITING_FOR_OWNER, "业主未断电", minutesAfter(SAFETY, 40));
        assertThat(refusal(() -> serviceCase.recordWorkInterruption(null, "x", minutesAfter(SAFETY, 50)))
                        .getField())
                .isEqualTo("reason");

        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(clocks(serviceCase)).as("no clock effect").isEqualTo(clocksBefore);
        assertThat(serviceCase.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.WORK_WAITING_FOR_PARTS
                        || e.getKind() == CaseEventKind.WORK_WAITING_FOR_OWNER)
                .extracting(CaseEvent::getKind, CaseEvent::getDetail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.WORK_WAITING_FOR_PARTS, "机械密封 MG1-45 明日到货"),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.WORK_WAITING_FOR_OWNER, "业主未断电"));

        serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE);
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
        assertThat(refusal(() -> serviceCase.recordWorkInterruption(
                                WorkInterruption.WAITING_FOR_OWNER, null, minutesAfter(WORK_DONE, 5)))
                        .getMessageKey())
                .isEqualTo("visit.error.workAlreadyDone");
    }

    private static List<String> clocks(ServiceCase serviceCase) {
        return serviceCase.getClocks().stream()
                .map(c -> c.getKind() + " " + c.getDueAt() + " " + c.getMetAt() + " " + c.getStoppedAt() + " "
                        + c.getPausedSince() + " " + c.getPausedSeconds())
                .toList();
    }
}
