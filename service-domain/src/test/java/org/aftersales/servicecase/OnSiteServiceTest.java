package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.SettableClock;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The visit, the sign-off, factory returns, trip report and assessment against the migrated schema (H2), outside a
 * container (R-S7, R-S8, R-S9, R-S12). Times as in {@link OnSiteFixtures}; "now" is 2026-03-12 08:00 Shanghai.
 */
class OnSiteServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-12T00:00:00Z");
    private static final byte[] PDF_5_MB = pdf(5 * 1024 * 1024);

    /** Now; moved to each step of a helper's path while it is entered, as the engineer would enter it on site. */
    private final SettableClock clock = new SettableClock(NOW, SHANGHAI);

    private TestDatabase database;
    private Project plant;
    private Project otherPlant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("onsite");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        CaseFixtures.coveredByContract(database, plant);
        otherPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", east);
        CaseFixtures.coveredByContract(database, otherPlant);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static byte[] pdf(int size) {
        byte[] bytes = Arrays.copyOf("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), size);
        for (int i = 9; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private static TestCaller as(Role role) {
        return new TestCaller(null, role);
    }

    private ServiceCaseService cases(Caller caller) {
        return CaseFixtures.caseService(database.em(), caller, clock);
    }

    private OnSiteService onSite(Caller caller) {
        return CaseFixtures.onSiteService(database.em(), caller, clock);
    }

    private OnSiteService engineer() {
        return onSite(as(Role.AFTER_SALES_ENGINEER));
    }

    private ServiceCase reloaded(ServiceCase serviceCase) {
        return reloaded(serviceCase.getId());
    }

    private ServiceCase reloaded(long id) {
        database.em().clear();
        return database.inTransaction(() -> cases(as(Role.FINANCE)).find(id));
    }

    /** {@code at}, with the clock moved there: the act is entered as it happens. */
    private Instant entered(Instant at) {
        clock.set(at);
        return at;
    }

    /** Registered, confirmed, dispatched with an engineer of its own (one engineer is never booked twice) and arrived. */
    private ServiceCase arrived(Project project) {
        AppUser engineer = database.saved(
                new AppUser("engineer" + database.count("app_user"), "工程师", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        ServiceCaseService cases = cases(as(Role.AFTER_SALES_SPECIALIST));
        ServiceCase registered = database.inTransaction(() -> cases.register(new CaseIntake(
                project.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "刘明",
                entered(OnSiteFixtures.RECEIVED),
                "2号泵振动大",
                false,
                false)));
        long id = registered.getId();
        database.inTransaction(() -> cases.confirmOnSiteNeeded(id, entered(OnSiteFixtures.CONFIRMED), null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock)
                .propose(
                        id,
                        List.of(engineer.getId()),
                        OnSiteFixtures.WINDOW_FROM,
                        OnSiteFixtures.WINDOW_TO,
                        entered(OnSiteFixtures.PROPOSED),
                        null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(id, null, entered(OnSiteFixtures.APPROVED), null));
        database.inTransaction(() -> engineer()
                .agreeVisit(
                        id,
                        OnSiteFixtures.WINDOW_FROM,
                        "业主停运2号泵并断电挂牌",
                        entered(OnSiteFixtures.APPROVED.plusSeconds(600)),
                        null));
        ServiceCase arrived =
                database.inTransaction(() -> cases.recordArrival(id, entered(OnSiteFixtures.ARRIVED), null));
        clock.set(NOW);
        return arrived;
    }

    private ServiceCase workDone(Project project) {
        ServiceCase onSite = arrived(project);
        long id = onSite.getId();
        // R-S7: the engineer sent acknowledges the safety rules themselves.
        String sent =
                onSite.approvedDispatch().orElseThrow().getEngineers().get(0).getUsername();
        database.inTransaction(() -> onSite(TestCaller.named(sent, Role.AFTER_SALES_ENGINEER))
                .acknowledgeSafety(id, entered(OnSiteFixtures.SAFETY), null));
        ServiceCase done = database.inTransaction(() -> engineer()
                .recordWorkDone(
                        id,
                        "更换2号提升泵机械密封",
                        List.of(
                                new PartUsed(1, "机械密封 MG1-45", BigDecimal.ONE),
                                new PartUsed(2, "电缆", new BigDecimal("2.5"))),
                        "试运行正常",
                        entered(OnSiteFixtures.WORK_DONE),
                        null));
        clock.set(NOW);
        return done;
    }

    private ServiceCase signedOff(Project project) {
        long id = workDone(project).getId();
        database.inTransaction(() -> engineer()
                .signServiceReport(
                        id,
                        "刘明",
                        SignerRole.OWNER_OPERATIONS_SUPERVISOR,
                        null,
                        SignatureInput.scan(PDF_5_MB, "application/pdf"),
                        entered(OnSiteFixtures.REPORT_SIGNED),
                        null));
        ServiceCase signed = database.inTransaction(() -> engineer()
                .signDispatchTicket(
                        id,
                        "刘明",
                        SignatureInput.drawn(OnSiteFixtures.DRAWN),
                        entered(OnSiteFixtures.TICKET_SIGNED),
                        null));
        clock.set(NOW);
        return signed;
    }

    @Test
    @DisplayName(
            "R-S8 the whole path through the services: visit, safety, work, both signatures stored with their images, then the case closes")
    void wholePath() {
        ServiceCase signed = signedOff(plant);
        long id = signed.getId();

        ServiceCase read = reloaded(signed);
        assertThat(read.getStatus()).isEqualTo(CaseStatus.SIGNED_OFF);
        OnSiteVisit visit = read.getVisit().orElseThrow();
        assertThat(visit.getAgreedArrivalAt()).isEqualTo(OnSiteFixtures.WINDOW_FROM);
        assertThat(visit.getOwnerCooperation()).isEqualTo("业主停运2号泵并断电挂牌");
        // The dispatched engineer acknowledged it himself (R-S7; before, any case-work login — "test" — could).
        assertThat(visit.getSafetyAcknowledgedBy())
                .isEqualTo(read.approvedDispatch()
                        .orElseThrow()
                        .getEngineers()
                        .get(0)
                        .getUsername());
        assertThat(visit.getSafetyAcknowledgements()).hasSize(1);
        assertThat(visit.getParts()).extracting(PartUsed::toString).containsExactly("机械密封 MG1-45 × 1", "电缆 × 2.5");
        assertThat(read.getServiceReport().orElseThrow().getSignerRole())
                .isEqualTo(SignerRole.OWNER_OPERATIONS_SUPERVISOR);
        assertThat(read.getDispatchTicket().orElseThrow().getDispatch())
                .isEqualTo(read.approvedDispatch().orElseThrow());

        SignatureImage scan = database.inTransaction(() -> engineer().signature(id, SignedDocument.SERVICE_REPORT));
        assertThat(scan.getContentType()).isEqualTo("application/pdf");
        assertThat(scan.getSizeBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(scan.getData()).as("5 MB round trip through BYTEA on H2").isEqualTo(PDF_5_MB);
        assertThat(database.inTransaction(() -> engineer().signature(id, SignedDocument.DISPATCH_TICKET))
                        .getData())
                .isEqualTo(OnSiteFixtures.PNG);

        database.inTransaction(() -> cases(as(Role.AFTER_SALES_ENGINEER)).close(id, null, null, null));
        ServiceCase closed = reloaded(signed);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getClosedAt()).isEqualTo(NOW);
        assertThat(closed.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        CaseEventKind.DISPATCH_PROPOSED,
                        CaseEventKind.DISPATCH_APPROVED,
                        CaseEventKind.VISIT_AGREED,
                        CaseEventKind.ARRIVAL_RECORDED,
                        CaseEventKind.SAFETY_ACKNOWLEDGED,
                        CaseEventKind.WORK_DONE_RECORDED,
                        CaseEventKind.SERVICE_REPORT_SIGNED,
                        CaseEventKind.DISPATCH_TICKET_SIGNED,
                        CaseEventKind.SIGNED_OFF,
                        CaseEventKind.CLOSED);
        assertThat(database.count("signature_image")).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-S7 work done refused before the safety acknowledgement, through the service, leaving the case as it was")
    void workDoneNeedsSafety() {
        ServiceCase arrived = arrived(plant);
        long version = reloaded(arrived).getVersion();

        assertThatThrownBy(() -> database.inTransaction(() -> engineer()
                        .recordWorkDone(arrived.getId(), "更换机封", List.of(), "正常", OnSiteFixtures.WORK_DONE, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("visit.error.safetyNotAcknowledged");

        ServiceCase read = reloaded(arrived);
        assertThat(read.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(read.getVersion()).isEqualTo(version);
        assertThat(read.getVisit().orElseThrow().isWorkDone()).isFalse();
    }

    @Test
    @DisplayName("R-S8 issue 18 item 5: signing the report with no signer, no role and no signature names all three in"
            + " one refusal; the ticket without customer and signature names both; nothing is signed")
    void signOffNamesEveryMissingField() {
        long id = workDone(plant).getId();

        BusinessException report = catchThrowableOfType(
                BusinessException.class,
                () -> database.inTransaction(
                        () -> engineer().signServiceReport(id, " ", null, null, null, null, null)));
        BusinessException ticket = catchThrowableOfType(
                BusinessException.class,
                () -> database.inTransaction(() -> engineer().signDispatchTicket(id, null, null, null, null)));

        assertThat(report.getRefusals().stream().map(BusinessException::getField))
                .containsExactly("signerName", "signerRole", "signature");
        assertThat(ticket.getRefusals().stream().map(BusinessException::getField))
                .containsExactly("customerName", "signature");
        ServiceCase read = reloaded(id);
        assertThat(read.getServiceReport()).isEmpty();
        assertThat(read.getDispatchTicket()).isEmpty();
        assertThat(read.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
    }

    @Test
    @DisplayName(
            "R-S8 closing with only the report signed is refused naming the ticket; the signed report is immutable, amendments are stored")
    void immutableAndAmendments() {
        long id = workDone(plant).getId();
        database.inTransaction(() -> engineer()
                .signServiceReport(
                        id,
                        "王经理",
                        SignerRole.OTHER,
                        "业主生产副总",
                        SignatureInput.drawn(OnSiteFixtures.DRAWN),
                        OnSiteFixtures.REPORT_SIGNED,
                        null));
        assertThatThrownBy(() -> database.inTransaction(
                        () -> cases(as(Role.AFTER_SALES_ENGINEER)).close(id, null, null, null)))
                .hasMessage("case.error.ticketSignatureMissing");
        assertThatThrownBy(() -> database.inTransaction(() -> engineer()
                        .signServiceReport(
                                id,
                                "别人",
                                SignerRole.OWNER_PROJECT_MANAGER,
                                null,
                                SignatureInput.drawn(OnSiteFixtures.DRAWN),
                                null,
                                null)))
                .hasMessage("report.error.alreadySigned");

        database.inTransaction(() -> engineer().amendServiceReport(id, "备件数量更正：电缆 3 m"));

        ServiceCase read = reloaded(id);
        ServiceReport report = read.getServiceReport().orElseThrow();
        assertThat(report.getSignOff().getSigner()).isEqualTo("王经理");
        assertThat(report.getSignerTitle()).isEqualTo("业主生产副总");
        assertThat(report.getAmendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.getText()).isEqualTo("备件数量更正：电缆 3 m");
            assertThat(amendment.getAmendedBy()).isEqualTo("test");
            assertThat(amendment.getAmendedAt()).isEqualTo(NOW);
        });
        assertThat(read.getStatus()).isEqualTo(CaseStatus.WORK_DONE);
    }

    @Test
    @DisplayName(
            "R-S9 a factory return is stored with consent, leadership report, service-book entry and split; a book number is used once per project; a split not 100 is refused")
    void factoryReturn() {
        long id = arrived(plant).getId();
        long other = arrived(otherPlant).getId();
        Instant consent = OnSiteFixtures.ARRIVED.plusSeconds(3600);
        Instant reported = consent.plusSeconds(3600);
        FactoryReturnData data = new FactoryReturnData(
                SupportKind.FACTORY_RETURN,
                "业主运行主管 刘明",
                consent,
                reported,
                "SB-2026-007",
                LocalDate.of(2026, 3, 11),
                "2号泵返厂修理",
                new BigDecimal("0"),
                new BigDecimal("80"),
                new BigDecimal("20"),
                new BigDecimal("0"));

        assertThatThrownBy(() -> database.inTransaction(() -> engineer()
                        .recordFactoryReturn(
                                id,
                                new FactoryReturnData(
                                        SupportKind.FACTORY_RETURN,
                                        "刘明",
                                        consent,
                                        reported,
                                        "SB-2026-007",
                                        LocalDate.of(2026, 3, 11),
                                        "返厂",
                                        new BigDecimal("50"),
                                        new BigDecimal("40"),
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO))))
                .hasMessage("factoryReturn.error.splitSum");
        database.inTransaction(() -> engineer().recordFactoryReturn(id, data));
        assertThatThrownBy(() -> database.inTransaction(() -> engineer().recordFactoryReturn(id, data)))
                .hasMessage("factoryReturn.error.bookNumberTaken");
        database.inTransaction(() -> engineer().recordFactoryReturn(other, data));
        assertThatThrownBy(() -> database.inTransaction(() -> engineer()
                        .recordFactoryReturn(
                                id,
                                new FactoryReturnData(
                                        SupportKind.REPLACEMENT,
                                        "刘明",
                                        consent,
                                        NOW.plusSeconds(3600),
                                        "SB-9",
                                        LocalDate.of(2026, 3, 11),
                                        "更换",
                                        BigDecimal.ZERO,
                                        new BigDecimal("100"),
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO))))
                .hasMessage("case.error.inFuture");

        FactoryReturn stored = reloaded(id).getFactoryReturns().get(0);
        assertThat(stored.getConsentBy()).isEqualTo("业主运行主管 刘明");
        assertThat(stored.getConsentAt()).isEqualTo(consent);
        assertThat(stored.getLeadershipReportedAt()).isEqualTo(reported);
        assertThat(stored.getBookEntry().getNumber()).isEqualTo("SB-2026-007");
        assertThat(stored.getBookEntry().getProject()).isEqualTo(plant);
        assertThat(stored.getSplit().getSubcontractor()).isEqualByComparingTo("80");
        assertThat(database.count("service_book_entry")).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-S12 the engineer files the trip report; the leader assesses after sign-off, an engineer may not assess")
    void tripReportAndAssessment() {
        long id = workDone(plant).getId();
        OnSiteService leader = onSite(as(Role.DIVISION_LEADER));
        assertThatThrownBy(() -> database.inTransaction(() -> leader.assess(id, 4, 4, 4, null, null, null)))
                .hasMessage("assessment.error.notSignedOff");
        long signed = signedOff(plant).getId();

        database.inTransaction(() -> engineer()
                .fileTripReport(signed, "3月11日赴城东污水厂，当日返回", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 11)));
        assertThatThrownBy(() -> database.inTransaction(() -> engineer().assess(signed, 5, 5, 5, "自评", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> onSite(as(Role.FINANCE))
                        .fileTripReport(signed, "x", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 11))))
                .isInstanceOf(AccessDeniedException.class);
        database.inTransaction(() -> leader.assess(signed, 4, 5, 3, "备件费用偏高", null, null));

        ServiceCase read = reloaded(signed);
        assertThat(read.getTripReport().orElseThrow().getFromDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        ServiceAssessment assessment = read.getAssessment().orElseThrow();
        assertThat(assessment.getCostControlScore()).isEqualTo(3);
        assertThat(assessment.getAssessedAt()).isEqualTo(NOW);
        assertThat(assessment.getAssessor()).isEqualTo("test");
    }

    @Test
    @DisplayName("R-S8 the image of an unsigned paper is not found; Design may read the case but not sign for it")
    void signatureAccess() {
        long id = workDone(plant).getId();

        assertThatThrownBy(() -> database.inTransaction(() -> engineer().signature(id, SignedDocument.SERVICE_REPORT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> onSite(as(Role.DESIGN))
                        .signDispatchTicket(id, "刘明", SignatureInput.drawn(OnSiteFixtures.DRAWN), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
