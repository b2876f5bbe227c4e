package org.aftersales.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.ProjectSubcontractor;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.testing.SettableClock;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Surveys and supplier scorecards against the migrated schema (H2) with its shipped templates. Today: 2026-03-10. */
class SurveyServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI);
    private static final long SUPPLIER_TEMPLATE = 1;
    private static final long OWNER_TEMPLATE = 2;

    private TestDatabase database;
    private Department east;
    private Project eastPlant;
    private Project westPlant;
    private Subcontractor pumps;
    private Subcontractor blowers;
    private Subcontractor screens;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("surveys");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
        pumps = database.saved(new Subcontractor("武汉水泵机电", SubcontractorKind.EQUIPMENT_SUPPLIER));
        blowers = database.saved(new Subcontractor("上海磁悬浮风机", SubcontractorKind.EQUIPMENT_SUPPLIER));
        screens = database.saved(new Subcontractor("江苏环保设备", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR));
        for (Project project : List.of(eastPlant, westPlant)) {
            for (Subcontractor supplier : List.of(pumps, blowers, screens)) {
                database.saved(new ProjectSubcontractor(project, supplier));
            }
        }
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private SurveyService surveys(TestCaller caller) {
        SurveyService service = new SurveyService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database, caller);
        service.clock = CLOCK;
        service.config = new AftersalesConfig() {
            @Override
            public ZoneId zone() {
                return SHANGHAI;
            }
        };
        return service;
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    /** A supplier survey with four ratings, "yes", no comment. */
    private SurveyResponse rate(Project project, Subcontractor supplier, LocalDate on, int q1, int q2, int q3, int q4) {
        return database.inTransaction(() -> surveys(specialist())
                .answer(
                        SUPPLIER_TEMPLATE,
                        new ResponseData(
                                project.getId(),
                                supplier.getId(),
                                null,
                                "黄经理",
                                on,
                                List.of(
                                        new AnswerData(11, q1, null, null),
                                        new AnswerData(12, q2, null, null),
                                        new AnswerData(13, q3, null, null),
                                        new AnswerData(14, q4, null, null),
                                        new AnswerData(15, null, true, null)))));
    }

    @Test
    @DisplayName(
            "R-B3 a response's score is the mean of its ratings; required answers, the 1–5 range and the supplier are checked")
    void responseScore() {
        SurveyResponse response = rate(eastPlant, pumps, LocalDate.of(2026, 3, 1), 5, 4, 4, 3);
        assertThat(response.getScore()).isEqualByComparingTo("4.00");
        assertThat(response.getAnswers()).hasSize(5);

        assertThatThrownBy(() -> rate(eastPlant, pumps, LocalDate.of(2026, 3, 1), 6, 4, 4, 3))
                .isInstanceOf(BusinessException.class)
                .hasMessage("survey.error.ratingRange");
        assertThatThrownBy(() -> database.inTransaction(() -> surveys(specialist())
                        .answer(
                                SUPPLIER_TEMPLATE,
                                new ResponseData(
                                        eastPlant.getId(),
                                        pumps.getId(),
                                        null,
                                        "黄经理",
                                        LocalDate.of(2026, 3, 1),
                                        List.of(new AnswerData(11, 5, null, null))))))
                .hasMessage("survey.error.answerRequired");
        assertThatThrownBy(() -> database.inTransaction(() -> surveys(specialist())
                        .answer(
                                SUPPLIER_TEMPLATE,
                                new ResponseData(
                                        eastPlant.getId(), null, null, "黄经理", LocalDate.of(2026, 3, 1), List.of()))))
                .hasMessage("survey.error.supplierRequired");
        assertThatThrownBy(() -> rate(eastPlant, pumps, LocalDate.of(2026, 3, 11), 5, 5, 5, 5))
                .hasMessage("survey.error.answeredDate");
        assertThatThrownBy(() -> database.inTransaction(() -> surveys(new TestCaller(null, Role.FINANCE))
                        .answer(
                                SUPPLIER_TEMPLATE,
                                new ResponseData(
                                        eastPlant.getId(),
                                        pumps.getId(),
                                        null,
                                        "x",
                                        LocalDate.of(2026, 3, 1),
                                        List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(database.count("survey_response")).isEqualTo(1);
        assertThat(database.count("survey_answer")).isEqualTo(5);

        SurveyResponse owner = database.inTransaction(() -> surveys(specialist())
                .answer(
                        OWNER_TEMPLATE,
                        new ResponseData(
                                westPlant.getId(),
                                null,
                                null,
                                "林主管",
                                LocalDate.of(2026, 3, 2),
                                List.of(
                                        new AnswerData(21, 5, null, null),
                                        new AnswerData(22, 4, null, null),
                                        new AnswerData(23, 4, null, null),
                                        new AnswerData(24, null, false, null),
                                        new AnswerData(25, null, null, "希望备件到货更快")))));
        assertThat(owner.getScore()).isEqualByComparingTo("4.33");
    }

    @Test
    @DisplayName(
            "R-B3 scorecards add the quality costs deducted from the supplier's retention and its mean response time to forwarded cases")
    void scorecardDeductionsAndResponseTime() {
        org.aftersales.retention.SubcontractorRetention held =
                database.saved(new org.aftersales.retention.SubcontractorRetention(
                        eastPlant,
                        blowers,
                        org.aftersales.shared.Money.of("50000.00"),
                        null,
                        LocalDate.of(2025, 3, 1),
                        null,
                        null));
        database.inTransaction(() -> {
            held.deduct(org.aftersales.shared.Money.of("12800.00"), "轴承质量问题", null, LocalDate.of(2026, 2, 3));
            held.deduct(org.aftersales.shared.Money.of("1200.50"), "密封件更换", null, LocalDate.of(2026, 3, 1));
            held.deduct(org.aftersales.shared.Money.of("999.00"), "上一季度", null, LocalDate.of(2025, 12, 30));
        });
        // Each act entered as it happened, in the order it happened.
        SettableClock entry = new SettableClock(CLOCK.instant(), SHANGHAI);
        org.aftersales.servicecase.ServiceCaseService cases =
                org.aftersales.servicecase.CaseFixtures.caseService(database.em(), specialist(), entry);
        entry.set(Instant.parse("2026-02-01T01:00:00Z"));
        long caseId = database.inTransaction(() -> cases.register(new org.aftersales.servicecase.CaseIntake(
                        eastPlant.getId(),
                        null,
                        org.aftersales.servicecase.Channel.PHONE,
                        org.aftersales.servicecase.CaseType.SERVICE_REQUEST,
                        "王工",
                        null,
                        "风机振动",
                        false,
                        false))
                .getId());
        // Answered after 6 h and after 20 h: a mean of 13.0 h; a third forwarding is still unanswered.
        entry.set(Instant.parse("2026-02-01T02:00:00Z"));
        long first = database.inTransaction(() ->
                cases.forwardToSupplier(caseId, blowers.getId(), null, null).getId());
        entry.set(Instant.parse("2026-02-01T08:00:00Z"));
        database.inTransaction(() -> cases.recordSupplierAnswer(caseId, first, "已安排售后", null, null));
        entry.set(Instant.parse("2026-02-05T00:00:00Z"));
        long second = database.inTransaction(() ->
                cases.forwardToSupplier(caseId, blowers.getId(), null, null).getId());
        entry.set(Instant.parse("2026-02-05T20:00:00Z"));
        database.inTransaction(() -> cases.recordSupplierAnswer(caseId, second, "备件已发", null, null));
        entry.set(Instant.parse("2026-03-09T00:00:00Z"));
        database.inTransaction(() -> cases.forwardToSupplier(caseId, blowers.getId(), null, null));

        SupplierScorecard card = database
                .inTransaction(
                        () -> surveys(specialist()).scorecards(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .stream()
                .filter(c -> c.subcontractorId() == blowers.getId())
                .findFirst()
                .orElseThrow();
        assertThat(card.retentionDeducted()).isEqualByComparingTo("14000.50");
        assertThat(card.meanResponseHours()).isEqualByComparingTo("13.0");
        assertThat(card.unansweredForwardings()).isEqualTo(1);
    }

    /** A case about {@code item}, received at {@code at} (entered then). */
    private long caseAbout(
            SettableClock entry,
            org.aftersales.servicecase.ServiceCaseService cases,
            org.aftersales.project.EquipmentItem item,
            org.aftersales.servicecase.CaseType type,
            String at) {
        entry.set(Instant.parse(at));
        return database.inTransaction(() -> cases.register(new org.aftersales.servicecase.CaseIntake(
                        eastPlant.getId(),
                        item.getId(),
                        org.aftersales.servicecase.Channel.PHONE,
                        type,
                        "王工",
                        null,
                        "设备故障",
                        false,
                        false))
                .getId());
    }

    /** R-S9: the responsibility split recorded on {@code caseId}, {@code subcontractorShare} % to the subcontractor. */
    private void split(long caseId, String number, String subcontractorShare, String at) {
        database.inTransaction(() -> {
            org.aftersales.servicecase.ServiceCase serviceCase =
                    database.em().find(org.aftersales.servicecase.ServiceCase.class, caseId);
            BigDecimal supplierPart = new BigDecimal(subcontractorShare);
            serviceCase.recordFactoryReturn(
                    org.aftersales.servicecase.SupportKind.values()[0],
                    "业主刘经理",
                    Instant.parse(at),
                    Instant.parse(at).plusSeconds(600),
                    new org.aftersales.servicecase.ServiceBookEntry(
                            eastPlant, number, LocalDate.of(2026, 2, 10), "返厂修理"),
                    new org.aftersales.servicecase.ResponsibilitySplit(
                            new BigDecimal("100").subtract(supplierPart),
                            supplierPart,
                            BigDecimal.ZERO,
                            BigDecimal.ZERO),
                    SHANGHAI);
            return null;
        });
    }

    @Test
    @DisplayName(
            "R-B3: a quality defect is a case on the supplier's equipment with a confirmed quality cost against it (R-C4) or"
                    + " a split giving it a share (R-S9), each case once — not consultations, cancelled cases or unconfirmed costs")
    void qualityDefectsAreConfirmedCostsOrSplits() {
        org.aftersales.project.EquipmentItem blower = database.inTransaction(() -> {
            org.aftersales.project.EquipmentItem item = new org.aftersales.project.EquipmentItem(
                    database.em().merge(eastPlant),
                    "B-201",
                    "磁悬浮鼓风机",
                    org.aftersales.project.Discipline.MECHANICAL,
                    org.aftersales.project.WorkScope.INSTALLATION,
                    org.aftersales.project.WarrantyCategory.EQUIPMENT_INSTALLATION);
            item.recordSupply(database.em().merge(blowers), null);
            database.em().persist(item);
            return item;
        });
        org.aftersales.project.EquipmentItem pump = database.inTransaction(() -> {
            org.aftersales.project.EquipmentItem item = new org.aftersales.project.EquipmentItem(
                    database.em().merge(eastPlant),
                    "P-101",
                    "进水提升泵",
                    org.aftersales.project.Discipline.MECHANICAL,
                    org.aftersales.project.WorkScope.INSTALLATION,
                    org.aftersales.project.WarrantyCategory.EQUIPMENT_INSTALLATION);
            item.recordSupply(database.em().merge(pumps), null);
            database.em().persist(item);
            return item;
        });
        long held = database.saved(new org.aftersales.retention.SubcontractorRetention(
                        eastPlant,
                        blowers,
                        org.aftersales.shared.Money.of("50000.00"),
                        null,
                        LocalDate.of(2025, 3, 1),
                        null,
                        null))
                .getId();
        SettableClock entry = new SettableClock(CLOCK.instant(), SHANGHAI);
        org.aftersales.servicecase.ServiceCaseService cases =
                org.aftersales.servicecase.CaseFixtures.caseService(database.em(), specialist(), entry);
        org.aftersales.servicecase.CaseType request = org.aftersales.servicecase.CaseType.SERVICE_REQUEST;
        // Blowers: 1. a bearing failure with a confirmed ¥12 800 cost AND a split naming the supplier — one defect;
        long bearing = caseAbout(entry, cases, blower, request, "2026-02-01T01:00:00Z");
        // 2. a consultation about the same blower — none; 3. a cancelled duplicate — none;
        caseAbout(entry, cases, blower, org.aftersales.servicecase.CaseType.CONSULTATION, "2026-02-02T01:00:00Z");
        long duplicate = caseAbout(entry, cases, blower, request, "2026-02-03T01:00:00Z");
        entry.set(Instant.parse("2026-02-03T02:00:00Z"));
        database.inTransaction(() -> cases.cancel(duplicate, "重复登记", null, null));
        // 4. a cost registered but not (yet) confirmed by Engineering — none.
        long pending = caseAbout(entry, cases, blower, request, "2026-02-04T01:00:00Z");
        org.aftersales.retention.RetentionService specialistRetention =
                org.aftersales.retention.RetentionFixtures.retentionService(database.em(), specialist(), CLOCK);
        org.aftersales.retention.RetentionService engineering =
                org.aftersales.retention.RetentionFixtures.retentionService(
                        database.em(), new TestCaller(null, Role.ENGINEERING), CLOCK);
        long cost = database.inTransaction(() -> specialistRetention
                .registerQualityCost(held, org.aftersales.shared.Money.of("12800.00"), "轴承质量问题", bearing, null)
                .getId());
        database.inTransaction(() -> engineering.confirmQualityCost(cost));
        database.inTransaction(() -> specialistRetention.registerQualityCost(
                held, org.aftersales.shared.Money.of("800.00"), "待确认", pending, null));
        split(bearing, "SB-2026-001", "60", "2026-02-01T03:00:00Z");
        // Pumps: 5. a split all the company's — none; 6. a split half the subcontractor's — one defect.
        long companyFault = caseAbout(entry, cases, pump, request, "2026-02-05T01:00:00Z");
        split(companyFault, "SB-2026-002", "0", "2026-02-05T03:00:00Z");
        long pumpFault = caseAbout(entry, cases, pump, request, "2026-02-06T01:00:00Z");
        split(pumpFault, "SB-2026-003", "50", "2026-02-06T03:00:00Z");

        List<SupplierScorecard> cards = database.inTransaction(
                () -> surveys(specialist()).scorecards(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));

        // By hand: blowers had 4 cases on their equipment (the old count), of which only the bearing failure is a
        // defect; pumps 2, of which only the half-split one.
        assertThat(cards.stream().filter(c -> c.subcontractorId() == blowers.getId()))
                .singleElement()
                .extracting(SupplierScorecard::qualityDefects)
                .isEqualTo(1L);
        assertThat(cards.stream().filter(c -> c.subcontractorId() == pumps.getId()))
                .singleElement()
                .extracting(SupplierScorecard::qualityDefects)
                .isEqualTo(1L);
    }

    @Test
    @DisplayName(
            "R-B3 scorecards average the responses of the period per supplier, rank them, and count quality defects")
    void scorecardAverages() {
        rate(eastPlant, pumps, LocalDate.of(2026, 1, 10), 5, 5, 5, 5); // 5.00
        rate(westPlant, pumps, LocalDate.of(2026, 2, 10), 3, 3, 4, 4); // 3.50
        rate(eastPlant, blowers, LocalDate.of(2026, 2, 20), 4, 4, 4, 4); // 4.00
        rate(eastPlant, blowers, LocalDate.of(2025, 12, 31), 1, 1, 1, 1); // before the period
        rate(eastPlant, screens, LocalDate.of(2026, 3, 5), 2, 3, 3, 2); // 2.50

        List<SupplierScorecard> cards = database.inTransaction(
                () -> surveys(specialist()).scorecards(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));

        assertThat(cards).extracting(SupplierScorecard::name).containsExactly("武汉水泵机电", "上海磁悬浮风机", "江苏环保设备");
        assertThat(cards)
                .extracting(SupplierScorecard::averageScore)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4.25"), new BigDecimal("4.00"), new BigDecimal("2.50"));
        assertThat(cards).extracting(SupplierScorecard::responses).containsExactly(2L, 1L, 1L);
        assertThat(cards).extracting(SupplierScorecard::rank).containsExactly(1, 2, 3);
        assertThat(cards).extracting(SupplierScorecard::qualityDefects).containsOnly(0L);

        rate(westPlant, blowers, LocalDate.of(2026, 3, 9), 5, 5, 5, 5);
        List<SupplierScorecard> changed = database.inTransaction(
                () -> surveys(specialist()).scorecards(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(changed.get(0).name()).isEqualTo("上海磁悬浮风机");
        assertThat(changed.get(0).averageScore()).isEqualByComparingTo("4.50");

        List<ScorePoint> trend =
                database.inTransaction(() -> surveys(specialist()).trend(blowers.getId(), 2));
        assertThat(trend)
                .extracting(ScorePoint::from)
                .containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1));
        assertThat(trend.get(0).averageScore()).isEqualByComparingTo("1.00");
        assertThat(trend.get(1).averageScore()).isEqualByComparingTo("4.50");
        assertThatThrownBy(() -> database.inTransaction(() -> surveys(new TestCaller(null, Role.PROJECT_DEPT))
                        .scorecards(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName(
            "R-B3 responses are archived per project and supplier; a project department sees its own projects' only")
    void archive() {
        rate(eastPlant, pumps, LocalDate.of(2026, 1, 10), 5, 5, 5, 5);
        rate(westPlant, pumps, LocalDate.of(2026, 2, 10), 3, 3, 4, 4);
        rate(westPlant, blowers, LocalDate.of(2026, 2, 11), 4, 4, 4, 4);

        assertThat(database.inTransaction(() -> surveys(specialist())
                                .responses(
                                        new ResponseFilter(null, westPlant.getId(), pumps.getId()),
                                        PageRequest.first(10)))
                        .total())
                .isEqualTo(1);
        assertThat(database.inTransaction(
                                () -> surveys(specialist()).responses(ResponseFilter.ALL, PageRequest.first(10)))
                        .items())
                .extracting(SurveyResponse::getAnsweredDate)
                .containsExactly(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 1, 10));
        assertThat(database.inTransaction(() -> surveys(new TestCaller(east.getId(), Role.PROJECT_DEPT))
                                .responses(ResponseFilter.ALL, PageRequest.first(10)))
                        .total())
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-B3 templates: both languages per question; questions fixed once answered; a retired template takes no responses")
    void templates() {
        SurveyService service = surveys(specialist());
        SurveyTemplate template = database.inTransaction(() -> service.createTemplate(
                "脱水机供应商专项调查",
                SurveyPurpose.SUPPLIER_SATISFACTION,
                List.of(new QuestionData(QuestionType.RATING, "泥饼含水率达标", "Cake dryness as specified", true))));
        assertThat(template.getQuestions()).extracting(q -> q.text("en")).containsExactly("Cake dryness as specified");
        assertThatThrownBy(() -> database.inTransaction(() -> service.createTemplate(
                        "x",
                        SurveyPurpose.OWNER_SATISFACTION,
                        List.of(new QuestionData(QuestionType.RATING, "只有中文", " ", true)))))
                .hasMessage("survey.error.questionTextRequired");

        rate(eastPlant, pumps, LocalDate.of(2026, 1, 10), 5, 5, 5, 5);
        SurveyTemplate shipped = database.inTransaction(() -> service.findTemplate(SUPPLIER_TEMPLATE));
        assertThatThrownBy(() -> database.inTransaction(() -> service.updateTemplate(
                        SUPPLIER_TEMPLATE,
                        shipped.getVersion(),
                        shipped.getName(),
                        shipped.getPurpose(),
                        List.of(new QuestionData(QuestionType.YES_NO, "新问题", "New", true)))))
                .hasMessage("survey.error.templateInUse");
        database.inTransaction(() -> service.setActive(SUPPLIER_TEMPLATE, false));
        assertThatThrownBy(() -> rate(eastPlant, pumps, LocalDate.of(2026, 1, 11), 5, 5, 5, 5))
                .hasMessage("survey.error.templateRetired");
        assertThat(database.inTransaction(() -> service.templates(null, true)))
                .extracting(SurveyTemplate::getName)
                .containsExactly("业主服务满意度回访表", "脱水机供应商专项调查");
    }
}
