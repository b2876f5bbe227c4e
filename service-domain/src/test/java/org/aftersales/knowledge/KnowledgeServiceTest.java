package org.aftersales.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.document.DocumentFixtures;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentFixtures;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The knowledge-base use cases and their search against the migrated schema (H2), outside a container. */
class KnowledgeServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private TestDatabase database;
    private KnowledgeFixtures knowledge;
    private KnowledgeService engineer;
    private Project plant;
    private EquipmentItem blower;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("knowledge");
        knowledge = new KnowledgeFixtures(
                database,
                Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")),
                new TestCaller(null, Role.AFTER_SALES_ENGINEER));
        engineer = knowledge.service(new TestCaller(null, Role.AFTER_SALES_ENGINEER));
        Department department = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", department);
        blower = EquipmentFixtures.item(database, plant, "BLW-M-101", "磁悬浮鼓风机");
    }

    @AfterEach
    void tearDown() {
        knowledge.close();
        database.close();
    }

    private static ArticleData article(String title, String symptom, String cause, String fix) {
        return new ArticleData(
                ArticleKind.REPAIR_CASE,
                title,
                symptom,
                cause,
                fix,
                null,
                null,
                Discipline.MECHANICAL,
                null,
                null,
                null);
    }

    private KnowledgeArticle write(ArticleData data) {
        return knowledge.committed(() -> engineer.create(data));
    }

    private List<String> titlesFound(String text) {
        return knowledge.search().search(KnowledgeQuery.of(text), 0, 10).hits().stream()
                .map(KnowledgeHit::title)
                .toList();
    }

    @Test
    @DisplayName(
            "R-K3 \"曝气风机 振动\" ranks the article saying 曝气风机出现异常振动 first; one that mentions only 振动 is below the floor (issue 18 item 8)")
    void chineseSearchRanksRight() {
        write(article("二沉池刮泥机", "刮泥机行走轮打滑，运行时振动", "轨道积水", "清理轨道"));
        write(article("曝气风机异响", "曝气风机出现异常振动，轴承温度升高", "联轴器对中偏差", "重新对中"));
        write(article("风机过滤器", "曝气风机进风过滤器压差高", "滤网堵塞", "清洗滤网"));
        write(article("格栅卡阻", "回转式格栅机雨季频繁卡阻", "栅距偏小", "更换耙齿"));

        List<KnowledgeHit> hits =
                knowledge.search().search(KnowledgeQuery.of("曝气风机 振动"), 0, 10).hits();

        assertThat(hits).extracting(KnowledgeHit::title).first().isEqualTo("曝气风机异响");
        assertThat(hits).extracting(KnowledgeHit::title).containsExactly("曝气风机异响", "风机过滤器");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(0).snippetHtml()).contains("<mark>曝气风机</mark>").contains("<mark>振动</mark>");
    }

    @Test
    @DisplayName(
            "R-K3 an English query finds inflected forms: \"bearing failures\" finds an article about a bearing failure")
    void englishInflections() {
        write(article(
                "Roots blower",
                "Bearing failure on the drive end, temperature alarm",
                "Lubrication skipped",
                "Replaced the bearing"));
        write(article("Lift pump", "Impeller clogged by fibres", "Screens too coarse", "Cleaned the impeller"));

        assertThat(titlesFound("bearing failures")).containsExactly("Roots blower");
        assertThat(titlesFound("clogging impellers")).containsExactly("Lift pump");
    }

    @Test
    @DisplayName("R-K3 the index follows every committed save — create, correct — and never a rolled-back one")
    void indexUpdatedOnSave() {
        KnowledgeArticle article = write(article("潜水泵跳闸", "潜水泵漏水保护动作跳闸", "机械密封磨损进水", "更换机械密封"));
        assertThat(titlesFound("机械密封")).containsExactly("潜水泵跳闸");

        knowledge.committed(() -> engineer.update(
                article.getId(), article.getVersion(), article("潜水泵跳闸", "潜水泵绝缘下降跳闸", "电缆破损进水", "更换电缆并做绝缘测试")));
        assertThat(titlesFound("机械密封")).isEmpty();
        assertThat(titlesFound("电缆 绝缘")).containsExactly("潜水泵跳闸");

        assertThatThrownBy(() -> knowledge.committed(() -> engineer.update(
                        article.getId(), article.getVersion() - 1, article("潜水泵跳闸", "变频器过热", null, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> knowledge.committed(() -> {
                    engineer.create(article("不会保存", "变频器过热报警", "散热风机损坏", "更换风机"));
                    throw new BusinessException("test.rollback");
                }))
                .hasMessage("test.rollback");
        assertThat(titlesFound("变频器")).isEmpty();
        assertThat(database.count("knowledge_article")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-K3 an index rebuilt from the database finds what was saved; filters by kind, discipline, equipment, project")
    void rebuildAndFilters() {
        write(article("鼓风机喘振", "磁悬浮鼓风机频繁喘振报警停机", "防喘振参数设置不当", "调整防喘振曲线"));
        write(new ArticleData(
                ArticleKind.DESIGN_DEFECT,
                "池体渗水",
                "生化池外壁渗水",
                "止水带处理不当",
                "注浆堵漏",
                "池体防渗",
                "TNK-L",
                Discipline.CIVIL,
                plant.getId(),
                null,
                null));
        KnowledgeSearch fresh = knowledge.search();

        assertThat(fresh.rebuildFromDatabase()).isEqualTo(2);

        assertThat(fresh.search(new KnowledgeQuery("不当", null, "DESIGN_DEFECT", null, null, null), 0, 5)
                        .hits())
                .extracting(KnowledgeHit::title)
                .containsExactly("池体渗水");
        assertThat(fresh.search(new KnowledgeQuery("不当", null, null, Discipline.MECHANICAL, null, null), 0, 5)
                        .hits())
                .extracting(KnowledgeHit::title)
                .containsExactly("鼓风机喘振");
        assertThat(fresh.search(new KnowledgeQuery("不当", null, null, null, "池体防渗", null), 0, 5)
                        .hits())
                .extracting(KnowledgeHit::title)
                .containsExactly("池体渗水");
        assertThat(fresh.search(new KnowledgeQuery("不当", null, null, null, null, plant.getId()), 0, 5)
                        .hits())
                .extracting(KnowledgeHit::title)
                .containsExactly("池体渗水");
    }

    @Test
    @DisplayName("R-K3 a summary is reported to leadership and acknowledged, then kept as it was reported")
    void submitAndAcknowledge() {
        KnowledgeArticle draft = write(new ArticleData(
                ArticleKind.REPAIR_CASE,
                null,
                "溶解氧仪读数漂移",
                null,
                null,
                null,
                null,
                Discipline.INSTRUMENTATION_CONTROL,
                plant.getId(),
                blower.getId(),
                null));
        assertThat(draft.getTitle()).isEqualTo("溶解氧仪读数漂移");
        assertThat(draft.getState()).isEqualTo(ArticleState.DRAFT);
        assertThatThrownBy(() -> knowledge.committed(() -> engineer.submit(draft.getId())))
                .hasMessage("knowledge.error.causeAndFixRequired");

        KnowledgeArticle written = knowledge.committed(() -> engineer.update(
                draft.getId(),
                draft.getVersion(),
                new ArticleData(
                        ArticleKind.REPAIR_CASE,
                        null,
                        "溶解氧仪读数漂移",
                        "荧光帽老化",
                        "更换荧光帽，按月校准",
                        null,
                        null,
                        Discipline.INSTRUMENTATION_CONTROL,
                        plant.getId(),
                        blower.getId(),
                        null)));
        KnowledgeArticle submitted = knowledge.committed(() -> engineer.submit(written.getId()));
        assertThat(submitted.getState()).isEqualTo(ArticleState.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isEqualTo(NOW);
        assertThat(submitted.getSubmittedBy()).isEqualTo("test");

        assertThatThrownBy(() -> knowledge.committed(() -> engineer.acknowledge(submitted.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        KnowledgeService leader = knowledge.service(new TestCaller(null, Role.DIVISION_LEADER));
        KnowledgeArticle acknowledged = knowledge.committed(() -> leader.acknowledge(submitted.getId(), "请各项目参照"));
        assertThat(acknowledged.getState()).isEqualTo(ArticleState.ACKNOWLEDGED);
        assertThat(acknowledged.getAcknowledgementNote()).isEqualTo("请各项目参照");

        assertThatThrownBy(() -> knowledge.committed(() ->
                        engineer.update(acknowledged.getId(), acknowledged.getVersion(), article("改", "改", "改", "改"))))
                .hasMessage("knowledge.error.acknowledgedIsKept");
        StoredDocument photo = knowledge.committed(() -> engineer.attach(
                acknowledged.getId(), new DocumentUpload("荧光帽.png", new ByteArrayInputStream(DocumentFixtures.png()))));
        assertThat(database.inTransaction(
                        () -> engineer.findWithAttachments(acknowledged.getId()).getAttachments()))
                .extracting(StoredDocument::getId)
                .containsExactly(photo.getId());
        assertThat(database.inTransaction(() -> engineer.list(
                                new ArticleFilter(null, null, ArticleState.ACKNOWLEDGED, null), PageRequest.first(10)))
                        .total())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("R-K3 an item of another project is refused, and only writers write")
    void sourcesAndRoles() {
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        Project westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
        assertThatThrownBy(() -> write(new ArticleData(
                        ArticleKind.REPAIR_CASE,
                        null,
                        "x",
                        null,
                        null,
                        null,
                        null,
                        null,
                        westPlant.getId(),
                        blower.getId(),
                        null)))
                .hasMessage("knowledge.error.itemOfAnotherProject");
        KnowledgeService finance = knowledge.service(new TestCaller(null, Role.FINANCE));
        assertThatThrownBy(() -> knowledge.committed(() -> finance.create(article("x", "x", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(database.count("knowledge_article")).isZero();
    }
}
