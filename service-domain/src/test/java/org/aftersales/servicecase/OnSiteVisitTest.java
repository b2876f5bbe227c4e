package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.ARRIVED;
import static org.aftersales.servicecase.OnSiteFixtures.CONFIRMED;
import static org.aftersales.servicecase.OnSiteFixtures.SAFETY;
import static org.aftersales.servicecase.OnSiteFixtures.WINDOW_FROM;
import static org.aftersales.servicecase.OnSiteFixtures.WORK_DONE;
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
        ServiceCase serviceCase = dispatched("SC-2026-00001", li);
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
        ServiceCase serviceCase = dispatched("SC-2026-00001", li);
        serviceCase.acknowledgeSafety("engineer", minutesAfter(CONFIRMED, 30));
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety("engineer2", SAFETY);

        serviceCase.recordWorkDone(WORK, parts(), RESULT, WORK_DONE);

        OnSiteVisit visit = serviceCase.getVisit().orElseThrow();
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
        assertThat(visit.getSafetyAcknowledgedAt())
                .as("the first acknowledgement counts")
                .isEqualTo(minutesAfter(CONFIRMED, 30));
        assertThat(visit.getSafetyAcknowledgedBy()).isEqualTo("engineer");
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

        ServiceCase serviceCase = dispatched("SC-2026-00002", li);
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
}
