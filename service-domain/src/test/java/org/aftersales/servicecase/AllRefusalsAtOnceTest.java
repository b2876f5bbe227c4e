package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.ARRIVED;
import static org.aftersales.servicecase.OnSiteFixtures.CONFIRMED;
import static org.aftersales.servicecase.OnSiteFixtures.SAFETY;
import static org.aftersales.servicecase.OnSiteFixtures.dispatched;
import static org.aftersales.servicecase.OnSiteFixtures.engineer;
import static org.aftersales.servicecase.OnSiteFixtures.minutesAfter;
import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 5: a form that misses several fields is refused once, naming every one of them with its message, so
 * that the specialist with the owner on the phone asks for all of it at once.
 */
class AllRefusalsAtOnceTest {

    private final AppUser li = engineer("engineer", "李工");

    private static List<String> fields(BusinessException refused) {
        return refused.getRefusals().stream().map(BusinessException::getField).toList();
    }

    private static List<String> keys(BusinessException refused) {
        return refused.getRefusals().stream()
                .map(BusinessException::getMessageKey)
                .toList();
    }

    @Test
    @DisplayName(
            "R-S1 issue 18 item 5: a call registered with nothing filled in names project, channel, type, caller and"
                    + " description in one refusal")
    void emptyIntakeNamesEveryMissingField() {
        CaseIntake empty = new CaseIntake(null, null, null, null, " ", null, "", false, false);

        BusinessException refused = refusal(() -> ServiceCase.checkIntake(empty).throwIfAny());

        assertThat(fields(refused)).containsExactly("projectId", "channel", "type", "reporterName", "description");
        assertThat(keys(refused))
                .containsExactly(
                        "case.error.projectRequired",
                        "case.error.channelRequired",
                        "case.error.typeRequired",
                        "case.error.reporterNameRequired",
                        "case.error.descriptionRequired");
        // The exception itself is its first refusal, for callers that show only one message.
        assertThat(refused.getField()).isEqualTo("projectId");
    }

    @Test
    @DisplayName("R-S1 issue 18 item 5: a call missing only who called is refused with that one field")
    void oneMissingFieldIsOneRefusal() {
        CaseIntake noReporter =
                new CaseIntake(1L, null, Channel.PHONE, CaseType.SERVICE_REQUEST, null, null, "2号提升泵振动大", false, false);

        BusinessException refused =
                refusal(() -> ServiceCase.checkIntake(noReporter).throwIfAny());

        assertThat(fields(refused)).containsExactly("reporterName");
    }

    @Test
    @DisplayName("R-S7 issue 18 item 5: a visit agreed without arrival time and owner's cooperation names both, and"
            + " nothing is recorded")
    void visitAgreementNamesBothFields() {
        ServiceCase serviceCase = dispatched("SC-2026-00001", li);

        BusinessException refused = refusal(() -> serviceCase.agreeVisit(null, "  ", minutesAfter(CONFIRMED, 90)));

        assertThat(fields(refused)).containsExactly("agreedArrivalAt", "ownerCooperation");
        assertThat(keys(refused)).containsExactly("visit.error.arrivalTimeRequired", "visit.error.cooperationRequired");
        assertThat(serviceCase.getVisit()).isEmpty();
    }

    @Test
    @DisplayName("R-S7 issue 18 item 5: work recorded without the work done and the result names both")
    void workDoneNamesBothFields() {
        ServiceCase serviceCase = OnSiteFixtures.agreed("SC-2026-00001", li);
        serviceCase.recordArrival(ARRIVED);
        serviceCase.acknowledgeSafety("engineer", SAFETY);

        BusinessException refused =
                refusal(() -> serviceCase.recordWorkDone(" ", List.of(), null, minutesAfter(SAFETY, 60)));

        assertThat(fields(refused)).containsExactly("work", "result");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
    }

    @Test
    @DisplayName("R-S8 issue 18 item 5: a sign-off without signer and role names both; the role OTHER without title"
            + " names signer and title")
    void signOffNamesEveryMissingField() {
        BusinessException nothing =
                refusal(() -> ServiceReport.checkSignOff(" ", null, null).throwIfAny());
        BusinessException otherWithoutTitle = refusal(
                () -> ServiceReport.checkSignOff(null, SignerRole.OTHER, " ").throwIfAny());

        assertThat(fields(nothing)).containsExactly("signerName", "signerRole");
        assertThat(keys(nothing)).containsExactly("signOff.error.signerRequired", "report.error.signerRoleRequired");
        assertThat(fields(otherWithoutTitle)).containsExactly("signerName", "signerTitle");
        assertThat(ServiceReport.checkSignOff("刘明", SignerRole.OWNER_OPERATIONS_SUPERVISOR, null)
                        .isEmpty())
                .isTrue();
    }
}
