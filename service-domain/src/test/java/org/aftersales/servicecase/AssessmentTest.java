package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.CONFIRMED;
import static org.aftersales.servicecase.OnSiteFixtures.TICKET_SIGNED;
import static org.aftersales.servicecase.OnSiteFixtures.engineer;
import static org.aftersales.servicecase.OnSiteFixtures.minutesAfter;
import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.aftersales.servicecase.OnSiteFixtures.registered;
import static org.aftersales.servicecase.OnSiteFixtures.signedOff;
import static org.aftersales.servicecase.OnSiteFixtures.workDone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** After the service: the trip report and the supervising leader's assessment (R-S12). */
class AssessmentTest {

    private final AppUser li = engineer("engineer", "李工");

    @Test
    @DisplayName(
            "R-S12 the supervising leader assesses workload, quality and cost control 1–5 with a comment, once the case is SIGNED_OFF, also after it CLOSED")
    void assessAfterSignOff() {
        ServiceCase signedOff = signedOff("SC-2026-00001", li);
        ServiceAssessment assessment = signedOff.assess("leader", 4, 5, 3, "备件费用偏高", minutesAfter(TICKET_SIGNED, 60));

        assertThat(signedOff.getAssessment()).containsSame(assessment);
        assertThat(assessment.getAssessor()).isEqualTo("leader");
        assertThat(assessment.getWorkloadScore()).isEqualTo(4);
        assertThat(assessment.getQualityScore()).isEqualTo(5);
        assertThat(assessment.getCostControlScore()).isEqualTo(3);
        assertThat(assessment.getComment()).isEqualTo("备件费用偏高");
        assertThat(signedOff.getTimeline())
                .extracting(CaseEvent::getKind)
                .last()
                .isEqualTo(CaseEventKind.SERVICE_ASSESSED);
        assertThat(refusal(() -> signedOff.assess("gm", 3, 3, 3, null, minutesAfter(TICKET_SIGNED, 70)))
                        .getMessageKey())
                .isEqualTo("assessment.error.alreadyAssessed");

        ServiceCase closed = signedOff("SC-2026-00002", li);
        closed.closeOnSite(minutesAfter(TICKET_SIGNED, 10));
        assertThat(closed.assess("gm", 5, 5, 5, null, minutesAfter(TICKET_SIGNED, 60))
                        .getComment())
                .isNull();
    }

    @Test
    @DisplayName(
            "R-S12 an assessment before the case is SIGNED_OFF or CLOSED is refused; a remote case closed with its answer has no service to assess")
    void assessmentRefusedBeforeSignOff() {
        ServiceCase workDone = workDone("SC-2026-00001", li);
        assertThat(refusal(() -> workDone.assess("leader", 4, 4, 4, null, minutesAfter(TICKET_SIGNED, 60)))
                        .getMessageKey())
                .isEqualTo("assessment.error.notSignedOff");
        ServiceCase remote = registered("SC-2026-00002");
        remote.close("电话指导复位", CONFIRMED);
        assertThat(refusal(() -> remote.assess("leader", 4, 4, 4, null, minutesAfter(CONFIRMED, 60)))
                        .getMessageKey())
                .isEqualTo("assessment.error.notSignedOff");
        assertThat(workDone.getAssessment()).isEmpty();
    }

    @Test
    @DisplayName(
            "R-S12 scores are whole numbers 1 to 5; nobody assesses a service they were sent on; only the division leader and the general manager assess")
    void assessmentRules() {
        ServiceCase serviceCase = signedOff("SC-2026-00001", li);
        var later = minutesAfter(TICKET_SIGNED, 60);

        assertThat(refusal(() -> serviceCase.assess("leader", 0, 3, 3, null, later))
                        .getField())
                .isEqualTo("workloadScore");
        assertThat(refusal(() -> serviceCase.assess("leader", 3, 6, 3, null, later))
                        .getField())
                .isEqualTo("qualityScore");
        assertThat(refusal(() -> serviceCase.assess("leader", 3, 3, null, null, later))
                        .getField())
                .isEqualTo("costControlScore");
        assertThat(refusal(() -> serviceCase.assess("engineer", 5, 5, 5, null, later))
                        .getMessageKey())
                .isEqualTo("assessment.error.ownWork");
        assertThat(refusal(() -> serviceCase.assess("leader", 3, 3, 3, null, minutesAfter(TICKET_SIGNED, -1)))
                        .getMessageKey())
                .isEqualTo("case.error.timeOrder");
        assertThat(Permission.CASE_ASSESS.roles())
                .containsExactlyInAnyOrder(Role.DIVISION_LEADER, Role.GENERAL_MANAGER);
        assertThat(serviceCase.getAssessment()).isEmpty();
    }

    @Test
    @DisplayName("R-S12 the engineer files one trip report per on-site case, with its days in order")
    void tripReport() {
        ServiceCase serviceCase = workDone("SC-2026-00001", li);
        LocalDate from = LocalDate.of(2026, 3, 11);

        assertThat(refusal(() -> serviceCase.fileTripReport("出差", from, from.minusDays(1), "engineer", TICKET_SIGNED))
                        .getMessageKey())
                .isEqualTo("tripReport.error.dateOrder");
        assertThat(refusal(() -> serviceCase.fileTripReport(" ", from, from, "engineer", TICKET_SIGNED))
                        .getField())
                .isEqualTo("text");
        assertThat(refusal(() ->
                                registered("SC-2026-00002").fileTripReport("出差", from, from, "engineer", TICKET_SIGNED))
                        .getMessageKey())
                .isEqualTo("case.error.onSiteNotConfirmed");

        TripReport report =
                serviceCase.fileTripReport("3月11日赴城东污水厂更换2号泵机封，当日返回。", from, from, "engineer", TICKET_SIGNED);

        assertThat(serviceCase.getTripReport()).containsSame(report);
        assertThat(report.getFiledBy()).isEqualTo("engineer");
        assertThat(refusal(() -> serviceCase.fileTripReport("再次", from, from, "engineer", TICKET_SIGNED))
                        .getMessageKey())
                .isEqualTo("tripReport.error.alreadyFiled");
        assertThat(serviceCase.getTimeline()).extracting(CaseEvent::getKind).contains(CaseEventKind.TRIP_REPORT_FILED);
    }
}
