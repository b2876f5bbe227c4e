package org.aftersales.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.document.DocumentFixtures;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.HostileFiles;
import org.aftersales.document.PdfFixtures;
import org.aftersales.document.TextLimit;
import org.aftersales.document.TextLimits;
import org.aftersales.document.TextState;
import org.aftersales.knowledge.KnowledgeChanged;
import org.aftersales.knowledge.KnowledgeHit;
import org.aftersales.knowledge.KnowledgeIndex;
import org.aftersales.knowledge.KnowledgeQuery;
import org.aftersales.knowledge.KnowledgeSource;
import org.aftersales.knowledge.SearchableType;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.EngineerQualification;
import org.aftersales.staff.EngineerSkills;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;
import org.aftersales.staff.SkillsFixtures;
import org.aftersales.staff.SkillsMatrixService;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.aftersales.training.TrainingFilter;
import org.aftersales.training.TrainingFixtures;
import org.aftersales.training.TrainingRecord;
import org.aftersales.training.TrainingRequirement;
import org.aftersales.training.TrainingService;
import org.aftersales.training.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Manuals, approval, training requirements and records, and the skills matrix against the migrated schema (H2).
 * "Today" is 2026-03-10 in Shanghai.
 */
class ManualServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private final RecordingEvent<KnowledgeChanged> changes = new RecordingEvent<>();
    private AppUser li;
    private AppUser zhao;
    private AppUser wang;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("manuals");
        li = database.saved(new AppUser("li", "李工", "x", EnumSet.of(Role.AFTER_SALES_ENGINEER)));
        zhao = database.saved(new AppUser("zhao", "赵工", "x", EnumSet.of(Role.AFTER_SALES_ENGINEER)));
        wang = database.saved(new AppUser("wang", "王专责", "x", EnumSet.of(Role.AFTER_SALES_SPECIALIST)));
        database.saved(new AppUser("design", "孙设计", "x", EnumSet.of(Role.DESIGN)));
        database.saved(new EngineerQualification(
                li, Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING, LocalDate.of(2024, 1, 1), "热控调试证书"));
        database.saved(new EngineerQualification(
                wang, Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING, LocalDate.of(2023, 5, 1), "热控调试证书"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private ManualService manuals(TestCaller caller) {
        ManualService service = new ManualService();
        service.em = database.em();
        service.caller = caller;
        service.documents = DocumentFixtures.store(database, caller);
        service.clock = CLOCK;
        service.changes = changes;
        return service;
    }

    private TrainingService training(TestCaller caller) {
        return TrainingFixtures.training(database, caller, CLOCK);
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private static TestCaller leader() {
        return new TestCaller(null, Role.DIVISION_LEADER);
    }

    private Manual manual(String number, Set<Role> roles, Qualification qualification) {
        return database.inTransaction(() -> manuals(specialist())
                .create(new ManualData(number, "鼓风机调试手册", ManualKind.COMMISSIONING_MANUAL, roles, qualification)));
    }

    private ManualVersion upload(Manual manual, String label, String changesText) {
        ManualVersion[] version = new ManualVersion[1];
        CurrentUser.runAs(
                "wang",
                () -> version[0] = database.inTransaction(() -> manuals(specialist())
                        .addVersion(
                                manual.getId(),
                                label,
                                changesText,
                                DocumentFixtures.pdfUpload("鼓风机调试手册 " + label + ".pdf", label))));
        return version[0];
    }

    private List<TrainingRequirement> owed(TrainingFilter filter) {
        return database.inTransaction(() -> training(specialist())
                .requirements(filter, PageRequest.first(50))
                .items());
    }

    @Test
    @DisplayName(
            "R-K2 approving a version records who and when and gives the staff concerned (by role and by qualification) a training requirement")
    void approvalCreatesTrainingRequirements() {
        Manual manual = manual(
                "MAN-BLW-01",
                EnumSet.of(Role.AFTER_SALES_ENGINEER),
                Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING);
        ManualVersion v1 = upload(manual, "V1.0", "首次发布");
        assertThat(v1.getState()).isEqualTo(ManualVersionState.DRAFT);
        assertThat(owed(TrainingFilter.OWED)).isEmpty();

        ManualService.Approval approval =
                database.inTransaction(() -> manuals(leader()).approve(v1.getId()));

        assertThat(approval.version().getState()).isEqualTo(ManualVersionState.APPROVED);
        assertThat(approval.version().getApprovedAt()).isEqualTo(NOW);
        assertThat(approval.version().getApprovedBy()).isEqualTo("test");
        assertThat(approval.trainingRequirements()).isEqualTo(3);
        List<TrainingRequirement> requirements = owed(TrainingFilter.OWED);
        assertThat(requirements)
                .extracting(r -> r.getTrainee().getUsername())
                .containsExactlyInAnyOrder("li", "zhao", "wang");
        assertThat(requirements).allSatisfy(r -> {
            assertThat(r.getManualVersion().getId()).isEqualTo(v1.getId());
            assertThat(r.getDueDate()).isEqualTo(TODAY.plusDays(TrainingRequirement.DUE_DAYS));
        });
    }

    @Test
    @DisplayName(
            "R-K2 a version's author may not approve it, nor may a role without the right; a second draft waits for the first")
    void approvalRules() {
        Manual manual = manual("MAN-BLW-02", EnumSet.of(Role.AFTER_SALES_ENGINEER), null);
        ManualVersion v1 = upload(manual, "V1.0", "首次发布");
        assertThatThrownBy(
                        () -> database.inTransaction(() -> manuals(specialist()).approve(v1.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> upload(manual, "V1.1", "第二稿")).hasMessage("manual.error.draftPending");

        ManualVersion own = database.inTransaction(() -> manuals(leader()).findVersion(v1.getId()));
        assertThat(own.getCreatedBy()).isEqualTo("wang");
        TestCaller author = new TestCaller(null, Role.GENERAL_MANAGER) {
            @Override
            public String username() {
                return "wang";
            }
        };
        assertThatThrownBy(() -> database.inTransaction(() -> manuals(author).approve(v1.getId())))
                .hasMessage("manual.error.ownVersion");
        assertThatThrownBy(() -> upload(manual, "V1.0", "重复")).hasMessage("manual.error.draftPending");
    }

    @Test
    @DisplayName(
            "R-K2 training records close the requirements; a later approval supersedes what is still owed on the older version")
    void recordsCloseRequirements() {
        Manual manual = manual("MAN-BLW-03", EnumSet.of(Role.AFTER_SALES_ENGINEER), null);
        ManualVersion v1 = upload(manual, "V1.0", "首次发布");
        database.inTransaction(() -> manuals(leader()).approve(v1.getId()));
        TrainingRequirement liOwes = owed(new TrainingFilter(TrainingState.OPEN, manual.getId(), li.getId()))
                .get(0);

        TrainingRecord record = database.inTransaction(
                () -> training(specialist()).record(liOwes.getId(), TODAY.minusDays(1), "王专责", "现场培训 2 小时"));

        assertThat(record.getTopic()).isEqualTo("MAN-BLW-03 鼓风机调试手册 V1.0");
        assertThat(owed(new TrainingFilter(TrainingState.DONE, null, null)))
                .extracting(r -> r.getTrainee().getUsername())
                .containsExactly("li");
        assertThat(owed(TrainingFilter.OWED))
                .extracting(r -> r.getTrainee().getUsername())
                .containsExactly("zhao");
        assertThatThrownBy(() ->
                        database.inTransaction(() -> training(specialist()).record(liOwes.getId(), TODAY, "王专责", null)))
                .hasMessage("training.error.notOpen");
        assertThatThrownBy(() -> database.inTransaction(() -> training(new TestCaller(null, Role.AFTER_SALES_ENGINEER))
                        .record(liOwes.getId(), TODAY, "王专责", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() ->
                        training(specialist()).record(zhao.getId(), v1.getId(), null, TODAY.plusDays(1), "王专责", null)))
                .hasMessage("training.error.dateInFuture");

        ManualVersion v2 = upload(manual, "V2.0", "增加磁悬浮鼓风机防喘振调试步骤");
        database.inTransaction(() -> manuals(leader()).approve(v2.getId()));

        assertThat(database.inTransaction(() -> manuals(leader()).findVersion(v1.getId()))
                        .getState())
                .isEqualTo(ManualVersionState.SUPERSEDED);
        assertThat(owed(new TrainingFilter(TrainingState.SUPERSEDED, null, null)))
                .extracting(r -> r.getTrainee().getUsername())
                .containsExactly("zhao");
        assertThat(owed(TrainingFilter.OWED))
                .extracting(r -> r.getTrainee().getUsername() + " "
                        + r.getManualVersion().getLabel())
                .containsExactlyInAnyOrder("li V2.0", "zhao V2.0");

        database.inTransaction(() -> training(specialist()).record(zhao.getId(), v2.getId(), null, TODAY, "王专责", null));
        assertThat(owed(TrainingFilter.OWED))
                .extracting(r -> r.getTrainee().getUsername())
                .containsExactly("li");
        assertThat(database.inTransaction(() -> training(specialist()).history(li.getId())))
                .extracting(TrainingRecord::getTopic)
                .containsExactly("MAN-BLW-03 鼓风机调试手册 V1.0");
    }

    @Test
    @DisplayName(
            "R-K2 a refused upload leaves no version and no document; manuals are searchable, with the text of a text file")
    void refusedUploadAndSearchText() {
        Manual manual = manual("MAN-AER-01", Set.of(), null);
        assertThatThrownBy(() -> database.inTransaction(() -> manuals(specialist())
                        .addVersion(
                                manual.getId(),
                                "V1",
                                "首次发布",
                                new DocumentUpload("手册.pdf", new ByteArrayInputStream(DocumentFixtures.executable())))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("document.error.typeNotAllowed");
        assertThat(database.count("manual_version")).isZero();
        assertThat(database.count("stored_document")).isZero();

        changes.discard();
        database.inTransaction(() -> manuals(specialist())
                .addVersion(
                        manual.getId(),
                        "V1",
                        "首次发布",
                        new DocumentUpload(
                                "曝气系统维护.txt",
                                new ByteArrayInputStream("微孔曝气器膜片每两年检查一次，破损及时更换。".getBytes(StandardCharsets.UTF_8)))));
        KnowledgeChanged changed = changes.fired().get(changes.fired().size() - 1);
        assertThat(changed.text().type()).isEqualTo(SearchableType.MANUAL);
        assertThat(changed.text().body()).contains("V1 首次发布").contains("微孔曝气器膜片每两年检查一次");
        assertThat(changed.text().title()).isEqualTo("MAN-AER-01 鼓风机调试手册");
    }

    @Test
    @DisplayName(
            "R-K3 the text inside a PDF manual (Chinese and English) is indexed: the search finds words found only in the PDF, after a save and after a rebuild")
    void pdfTextIsSearchable() {
        Manual manual = manual("MAN-AER-02", Set.of(), null);
        byte[] pdf =
                PdfFixtures.chinese("第三章 微孔曝气器膜片清洗规程\n每半年酸洗一次", "Replace the drive-end bearings every 20000 hours.");
        changes.discard();
        database.inTransaction(() -> manuals(specialist())
                .addVersion(
                        manual.getId(),
                        "V1",
                        "首次发布",
                        new DocumentUpload("曝气系统维护手册.pdf", new ByteArrayInputStream(pdf))));
        KnowledgeChanged changed = changes.fired().get(changes.fired().size() - 1);
        Manual other = manual("MAN-AER-03", Set.of(), null);

        try (KnowledgeIndex afterSave = KnowledgeIndex.inMemory();
                KnowledgeIndex rebuilt = KnowledgeIndex.inMemory()) {
            afterSave.put(changed.text());
            ManualSource source = new ManualSource();
            source.em = database.em();
            source.manuals = manuals(specialist());
            rebuilt.rebuild(KnowledgeSource.all(List.of(source)));

            for (KnowledgeIndex index : List.of(afterSave, rebuilt)) {
                List<KnowledgeHit> chinese =
                        index.search(KnowledgeQuery.of("膜片 酸洗"), 0, 10).hits();
                assertThat(chinese).extracting(KnowledgeHit::id).containsExactly(manual.getId());
                assertThat(chinese.get(0).type()).isEqualTo(SearchableType.MANUAL);
                assertThat(index.search(KnowledgeQuery.of("bearing"), 0, 10).hits())
                        .extracting(KnowledgeHit::id)
                        .containsExactly(manual.getId());
            }
            assertThat(rebuilt.size()).isEqualTo(2);
            assertThat(rebuilt.search(KnowledgeQuery.of("膜片"), 0, 10).hits())
                    .extracting(KnowledgeHit::id)
                    .doesNotContain(other.getId());
        }
    }

    @Test
    @DisplayName(
            "R-K3 a huge PDF manual (10 001 pages) is stored without text, the limit named; the index, rebuilt from the stored texts without parsing a file, still finds a normal manual's words")
    void hugePdfIsStoredWithoutTextAndTheIndexReadsStoredTexts() {
        Manual huge = manual("MAN-DWG-01", Set.of(), null);
        Manual normal = manual("MAN-AER-04", Set.of(), null);
        ManualVersion hugeVersion = database.inTransaction(() -> manuals(specialist())
                .addVersion(
                        huge.getId(),
                        "V1",
                        "全厂工艺图纸合订本",
                        new DocumentUpload(
                                "全厂图纸.pdf",
                                new ByteArrayInputStream(HostileFiles.pdfWithPages(
                                        TextLimits.defaults().maxPdfPages() + 1)))));
        database.inTransaction(() -> manuals(specialist())
                .addVersion(
                        normal.getId(),
                        "V1",
                        "首次发布",
                        new DocumentUpload(
                                "曝气系统维护手册.pdf",
                                new ByteArrayInputStream(PdfFixtures.chinese("第三章 微孔曝气器膜片清洗规程\n每半年酸洗一次")))));

        assertThat(hugeVersion.getDocument().getTextState()).isEqualTo(TextState.LIMIT_TRIPPED);
        assertThat(hugeVersion.getDocument().getTextLimit()).isEqualTo(TextLimit.PAGES);
        // The files are not read again: spoil every stored file, the rebuilt index must not notice.
        database.inTransaction(() -> database.em()
                .createNativeQuery("update document_content set content = ?")
                .setParameter(1, new byte[] {1})
                .executeUpdate());
        database.em().clear();
        try (KnowledgeIndex rebuilt = KnowledgeIndex.inMemory()) {
            ManualSource source = new ManualSource();
            source.em = database.em();
            source.manuals = manuals(specialist());
            rebuilt.rebuild(KnowledgeSource.all(List.of(source)));

            assertThat(rebuilt.size()).isEqualTo(2);
            assertThat(rebuilt.search(KnowledgeQuery.of("膜片 酸洗"), 0, 10).hits())
                    .extracting(KnowledgeHit::id)
                    .containsExactly(normal.getId());
            assertThat(rebuilt.search(KnowledgeQuery.of("工艺图纸合订本"), 0, 10).hits())
                    .as("the manual without text is found by its changes and title")
                    .extracting(KnowledgeHit::id)
                    .containsExactly(huge.getId());
        }
    }

    @Test
    @DisplayName("R-K3 the text inside a Word manual is indexed: the search finds words found only in the .docx")
    void wordTextIsSearchable() throws java.io.IOException {
        Manual manual = manual("MAN-DEW-01", Set.of(), null);
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            word.createParagraph().createRun().setText("叠螺脱水机螺旋轴每季度检查磨损");
            word.write(docx);
        }
        changes.discard();
        database.inTransaction(() -> manuals(specialist())
                .addVersion(
                        manual.getId(),
                        "V1",
                        "首次发布",
                        new DocumentUpload("脱水机操作手册.docx", new ByteArrayInputStream(docx.toByteArray()))));
        KnowledgeChanged changed = changes.fired().get(changes.fired().size() - 1);

        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.put(changed.text());
            assertThat(index.search(KnowledgeQuery.of("螺旋轴 磨损"), 0, 10).hits())
                    .extracting(KnowledgeHit::id)
                    .containsExactly(manual.getId());
        }
    }

    @Test
    @Tag("R-K4")
    @DisplayName(
            "R-K4 the skills matrix shows each engineer's skills with dates and evidence, the gaps, and the trainings owed")
    void skillsMatrix() {
        Manual manual = manual("MAN-BLW-04", EnumSet.of(Role.AFTER_SALES_ENGINEER), null);
        ManualVersion v1 = upload(manual, "V1.0", "首次发布");
        database.inTransaction(() -> manuals(leader()).approve(v1.getId()));
        SkillsMatrixService skills = SkillsFixtures.skills(database, specialist(), CLOCK);

        List<EngineerSkills> matrix = database.inTransaction(skills::matrix);

        assertThat(matrix).extracting(EngineerSkills::username).containsExactly("li", "wang", "zhao");
        EngineerSkills liRow = matrix.get(0);
        assertThat(liRow.has(Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING))
                .isTrue();
        assertThat(liRow.since(Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING))
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(liRow.evidence(Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING))
                .isEqualTo("热控调试证书");
        assertThat(liRow.gaps())
                .containsExactly(
                        Qualification.MECHANICAL_INSTALLATION,
                        Qualification.MECHANICAL_COMMISSIONING,
                        Qualification.ELECTRICAL_COMMISSIONING);
        assertThat(liRow.trainingsOwed()).isEqualTo(1);
        assertThat(matrix.get(1).trainingsOwed()).isZero();

        database.inTransaction(() ->
                skills.grant(zhao.getId(), Qualification.MECHANICAL_INSTALLATION, LocalDate.of(2025, 6, 1), "安装培训合格"));
        assertThat(database.inTransaction(skills::matrix).get(2).has(Qualification.MECHANICAL_INSTALLATION))
                .isTrue();
        assertThatThrownBy(() -> database.inTransaction(() -> skills.grant(
                        zhao.getId(), Qualification.MECHANICAL_INSTALLATION, LocalDate.of(2025, 6, 1), null)))
                .hasMessage("skills.error.alreadyQualified");
    }
}
