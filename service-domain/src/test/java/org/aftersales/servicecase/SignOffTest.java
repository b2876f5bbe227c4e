package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.DRAWN;
import static org.aftersales.servicecase.OnSiteFixtures.PNG;
import static org.aftersales.servicecase.OnSiteFixtures.REPORT_SIGNED;
import static org.aftersales.servicecase.OnSiteFixtures.TICKET_SIGNED;
import static org.aftersales.servicecase.OnSiteFixtures.WORK_DONE;
import static org.aftersales.servicecase.OnSiteFixtures.dispatched;
import static org.aftersales.servicecase.OnSiteFixtures.engineer;
import static org.aftersales.servicecase.OnSiteFixtures.minutesAfter;
import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.aftersales.servicecase.OnSiteFixtures.signedOff;
import static org.aftersales.servicecase.OnSiteFixtures.workDone;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The owner's sign-off of the service report and the dispatch ticket, and closing after it (R-S8). */
class SignOffTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

    private final AppUser li = engineer("engineer", "李工");

    private static SignatureImage drawn() {
        return SignatureImage.drawn(DRAWN);
    }

    @Test
    @DisplayName(
            "R-S8 both signatures needed: the signed report alone or the signed ticket alone is no sign-off, and closing says which is missing")
    void bothSignaturesNeeded() {
        ServiceCase reportOnly = workDone("SC-2026-00001", li);
        reportOnly.signServiceReport("刘明", SignerRole.OWNER_PROJECT_MANAGER, null, drawn(), REPORT_SIGNED);
        ServiceCase ticketOnly = workDone("SC-2026-00002", li);
        ticketOnly.signDispatchTicket("刘明", drawn(), TICKET_SIGNED);
        ServiceCase neither = workDone("SC-2026-00003", li);

        assertThat(reportOnly.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
        assertThat(ticketOnly.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
        assertThat(reportOnly.signedOffAt()).isNull();
        Instant closing = minutesAfter(TICKET_SIGNED, 30);
        assertThat(refusal(() -> reportOnly.closeOnSite(closing)).getMessageKey())
                .isEqualTo("case.error.ticketSignatureMissing");
        assertThat(refusal(() -> ticketOnly.closeOnSite(closing)).getMessageKey())
                .isEqualTo("case.error.reportSignatureMissing");
        assertThat(refusal(() -> neither.closeOnSite(closing)).getMessageKey()).isEqualTo("case.error.signOffMissing");
    }

    @Test
    @DisplayName(
            "R-S8 with the report signed by the owner-side responsible person and the ticket by the customer the case is SIGNED_OFF, and close succeeds")
    void signOffThenClose() {
        ServiceCase serviceCase = workDone("SC-2026-00001", li);

        serviceCase.signDispatchTicket("刘明", drawn(), TICKET_SIGNED);
        serviceCase.signServiceReport(
                "王经理",
                SignerRole.PROJECT_DEPARTMENT_MANAGER,
                null,
                SignatureImage.scan(PDF, "application/pdf"),
                REPORT_SIGNED);

        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.SIGNED_OFF);
        assertThat(serviceCase.signedOffAt()).as("the later signature").isEqualTo(TICKET_SIGNED);
        ServiceReport report = serviceCase.getServiceReport().orElseThrow();
        assertThat(report.getSignOff().getSigner()).isEqualTo("王经理");
        assertThat(report.getSignOff().getForm()).isEqualTo(SignatureForm.STAMPED_SCAN);
        assertThat(report.getSignature().getContentType()).isEqualTo("application/pdf");
        DispatchTicket ticket = serviceCase.getDispatchTicket().orElseThrow();
        assertThat(ticket.getDispatch()).isSameAs(serviceCase.approvedDispatch().orElseThrow());
        assertThat(ticket.getSignOff().getForm()).isEqualTo(SignatureForm.DRAWN);

        Instant closedAt = minutesAfter(TICKET_SIGNED, 10);
        serviceCase.closeOnSite(closedAt);

        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(serviceCase.getClosedAt()).isEqualTo(closedAt);
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        CaseEventKind.WORK_DONE_RECORDED,
                        CaseEventKind.SERVICE_REPORT_SIGNED,
                        CaseEventKind.DISPATCH_TICKET_SIGNED,
                        CaseEventKind.SIGNED_OFF,
                        CaseEventKind.CLOSED);
    }

    @Test
    @DisplayName(
            "R-S8 immutable after sign-off: signing again, re-recording the work or closing before the signatures is refused")
    void immutableAfterSignOff() {
        ServiceCase serviceCase = signedOff("SC-2026-00001", li);
        ServiceReport report = serviceCase.getServiceReport().orElseThrow();

        assertThat(refusal(() -> serviceCase.signServiceReport(
                                "别人", SignerRole.OWNER_PROJECT_MANAGER, null, drawn(), minutesAfter(TICKET_SIGNED, 5)))
                        .getMessageKey())
                .isEqualTo("report.error.alreadySigned");
        assertThat(refusal(() -> serviceCase.signDispatchTicket("别人", drawn(), minutesAfter(TICKET_SIGNED, 5)))
                        .getMessageKey())
                .isEqualTo("ticket.error.alreadySigned");
        assertThat(refusal(() -> serviceCase.recordWorkDone("改写", null, "改写", minutesAfter(TICKET_SIGNED, 5)))
                        .getMessageKey())
                .isEqualTo("visit.error.workAlreadyDone");
        assertThat(refusal(() -> serviceCase.closeOnSite(REPORT_SIGNED)).getMessageKey())
                .isEqualTo("case.error.timeOrder");
        assertThat(serviceCase.getServiceReport()).containsSame(report);
        assertThat(report.getSignOff().getSigner()).isEqualTo("刘明");
        assertThat(serviceCase.getVisit().orElseThrow().getWorkDescription()).isEqualTo("更换2号提升泵机械密封，校正联轴器对中");
    }

    @Test
    @DisplayName(
            "R-S8 amendments allowed: a correction to the signed report is kept beside it with who and when, also after the case closed")
    void amendments() {
        ServiceCase unsigned = workDone("SC-2026-00002", li);
        assertThat(refusal(() -> unsigned.amendServiceReport("更正", "engineer", WORK_DONE))
                        .getMessageKey())
                .isEqualTo("report.error.notSigned");
        ServiceCase serviceCase = signedOff("SC-2026-00001", li);
        serviceCase.closeOnSite(minutesAfter(TICKET_SIGNED, 10));

        ReportAmendment amendment =
                serviceCase.amendServiceReport("振动值更正为 0.9 mm/s", "engineer", minutesAfter(TICKET_SIGNED, 60));

        ServiceReport report = serviceCase.getServiceReport().orElseThrow();
        assertThat(report.getAmendments()).containsExactly(amendment);
        assertThat(amendment.getAmendedBy()).isEqualTo("engineer");
        assertThat(amendment.getAmendedAt()).isEqualTo(minutesAfter(TICKET_SIGNED, 60));
        assertThat(serviceCase.getVisit().orElseThrow().getWorkResult())
                .as("the signed text stays as signed")
                .isEqualTo("试运行2小时，振动0.8 mm/s，恢复正常");
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .last()
                .isEqualTo(CaseEventKind.SERVICE_REPORT_AMENDED);
        assertThat(refusal(() -> serviceCase.amendServiceReport(" ", "engineer", minutesAfter(TICKET_SIGNED, 61)))
                        .getField())
                .isEqualTo("text");
        assertThat(refusal(() -> serviceCase.amendServiceReport("早于签字", "engineer", WORK_DONE))
                        .getMessageKey())
                .isEqualTo("case.error.timeOrder");
    }

    @Test
    @DisplayName(
            "R-S8 OTHER needs a title: another person signs only with a stated title; the three named roles need none")
    void otherNeedsTitle() {
        ServiceCase serviceCase = workDone("SC-2026-00001", li);

        BusinessException refused =
                refusal(() -> serviceCase.signServiceReport("赵六", SignerRole.OTHER, "  ", drawn(), REPORT_SIGNED));
        assertThat(refused.getMessageKey()).isEqualTo("report.error.signerTitleRequired");
        assertThat(refused.getField()).isEqualTo("signerTitle");
        assertThat(refusal(() -> serviceCase.signServiceReport("赵六", null, null, drawn(), REPORT_SIGNED))
                        .getField())
                .isEqualTo("signerRole");
        assertThat(refusal(() -> serviceCase.signServiceReport(
                                " ", SignerRole.OWNER_PROJECT_MANAGER, null, drawn(), REPORT_SIGNED))
                        .getField())
                .isEqualTo("signerName");
        assertThat(serviceCase.getServiceReport()).isEmpty();

        serviceCase.signServiceReport("赵六", SignerRole.OTHER, "业主安全环保部部长", drawn(), REPORT_SIGNED);
        assertThat(serviceCase.getServiceReport().orElseThrow().getSignerTitle())
                .isEqualTo("业主安全环保部部长");
    }

    @Test
    @DisplayName("R-S8 nothing is signed before the work is recorded, nor before it was done")
    void signOnlyAfterWork() {
        ServiceCase serviceCase = dispatched("SC-2026-00001", li);
        assertThat(refusal(() -> serviceCase.signServiceReport(
                                "刘明", SignerRole.OWNER_PROJECT_MANAGER, null, drawn(), REPORT_SIGNED))
                        .getMessageKey())
                .isEqualTo("report.error.workNotDone");
        assertThat(refusal(() -> serviceCase.signDispatchTicket("刘明", drawn(), TICKET_SIGNED))
                        .getMessageKey())
                .isEqualTo("report.error.workNotDone");
        ServiceCase done = workDone("SC-2026-00002", li);
        assertThat(refusal(() -> done.signDispatchTicket("刘明", drawn(), WORK_DONE.minusSeconds(1)))
                        .getMessageKey())
                .isEqualTo("case.error.timeOrder");
    }

    @Test
    @DisplayName("R-S8 a drawn signature is a PNG data URL of at most 500 KB")
    void drawnSignature() {
        SignatureImage image = SignatureImage.drawn(DRAWN);
        assertThat(image.getForm()).isEqualTo(SignatureForm.DRAWN);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getData()).isEqualTo(PNG);
        assertThat(image.getSizeBytes()).isEqualTo(PNG.length);

        byte[] largest = Arrays.copyOf(PNG, 500 * 1024);
        byte[] tooLarge = Arrays.copyOf(PNG, 500 * 1024 + 1);
        assertThat(SignatureImage.drawn(dataUrl(largest)).getSizeBytes()).isEqualTo(512_000);
        assertThat(refusal(() -> SignatureImage.drawn(dataUrl(tooLarge))).getMessageKey())
                .isEqualTo("signature.error.drawnTooLarge");
        assertThat(refusal(() -> SignatureImage.drawn("data:image/jpeg;base64," + b64(JPEG)))
                        .getMessageKey())
                .isEqualTo("signature.error.notPngDataUrl");
        assertThat(refusal(() -> SignatureImage.drawn(dataUrl(JPEG))).getMessageKey())
                .as("says PNG, is not")
                .isEqualTo("signature.error.notPngDataUrl");
        assertThat(refusal(() -> SignatureImage.drawn(SignatureImage.DATA_URL_PREFIX + "not base64!"))
                        .getMessageKey())
                .isEqualTo("signature.error.notPngDataUrl");
        assertThat(refusal(() -> SignatureImage.drawn("")).getMessageKey()).isEqualTo("signature.error.required");
    }

    @Test
    @DisplayName("R-S8 a stamped scan is PNG, JPEG or PDF of at most 5 MB, judged by its first bytes")
    void stampedScan() {
        assertThat(SignatureImage.scan(PNG, "image/png").getForm()).isEqualTo(SignatureForm.STAMPED_SCAN);
        assertThat(SignatureImage.scan(JPEG, "image/jpeg").getContentType()).isEqualTo("image/jpeg");
        assertThat(SignatureImage.scan(JPEG, "IMAGE/JPG").getContentType()).isEqualTo("image/jpeg");
        assertThat(SignatureImage.scan(PDF, "application/pdf").getContentType()).isEqualTo("application/pdf");
        assertThat(SignatureImage.scan(Arrays.copyOf(PDF, 5 * 1024 * 1024), "application/pdf")
                        .getSizeBytes())
                .isEqualTo(5_242_880);

        assertThat(refusal(() -> SignatureImage.scan(Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1), "application/pdf"))
                        .getMessageKey())
                .isEqualTo("signature.error.scanTooLarge");
        assertThat(refusal(() -> SignatureImage.scan(PDF, "image/png")).getMessageKey())
                .isEqualTo("signature.error.scanContent");
        assertThat(refusal(() -> SignatureImage.scan(
                                "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1), "application/pdf"))
                        .getField())
                .isEqualTo("scanBase64");
        assertThat(refusal(() -> SignatureImage.scan(PNG, "image/gif")).getField())
                .isEqualTo("scanContentType");
        assertThat(refusal(() -> SignatureImage.scan(new byte[0], "image/png")).getMessageKey())
                .isEqualTo("signature.error.required");
    }

    @ParameterizedTest
    @EnumSource(SignatureForm.class)
    @DisplayName("R-S8 a signature comes in one form: drawn or scanned, not both, not neither")
    void oneForm(SignatureForm form) {
        SignatureInput input =
                form == SignatureForm.DRAWN ? SignatureInput.drawn(DRAWN) : SignatureInput.scan(JPEG, "image/jpeg");
        assertThat(input.toImage().getForm()).isEqualTo(form);
        assertThat(refusal(() -> new SignatureInput(DRAWN, JPEG, "image/jpeg").toImage())
                        .getMessageKey())
                .isEqualTo("signature.error.oneForm");
        assertThat(refusal(() -> new SignatureInput(null, null, null).toImage()).getMessageKey())
                .isEqualTo("signature.error.required");
    }

    private static String dataUrl(byte[] bytes) {
        return SignatureImage.DATA_URL_PREFIX + b64(bytes);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
