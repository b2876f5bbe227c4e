package org.aftersales.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.audit.AuditAction;
import org.aftersales.demo.DemoData;
import org.aftersales.project.Discipline;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 8: the knowledge search over the plant's typical faults (shared/domain-data fault-cases.csv, as the
 * demo seeds them) with the shipped vocabulary (migration V202612080200): a relevance floor, the ranking users
 * reported, English words finding Chinese articles, and a synonym the administrator adds.
 */
class KnowledgeRelevanceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private TestDatabase database;
    private KnowledgeFixtures knowledge;

    @BeforeEach
    void setUp() throws IOException {
        database = TestDatabase.migrated("knowledge-relevance");
        knowledge = new KnowledgeFixtures(
                database,
                Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")),
                new TestCaller(null, Role.AFTER_SALES_ENGINEER));
        KnowledgeService engineer = knowledge.service(new TestCaller(null, Role.AFTER_SALES_ENGINEER));
        Map<String, String[]> catalogue =
                csv("equipment-catalog.csv").stream().collect(Collectors.toMap(row -> row[0], row -> row));
        for (String[] fault : csv("fault-cases.csv")) {
            String[] type = catalogue.get(fault[0]);
            knowledge.committed(() -> engineer.create(new ArticleData(
                    ArticleKind.valueOf(fault[4]),
                    fault[1],
                    fault[1],
                    fault[2],
                    fault[3],
                    type[1],
                    fault[0],
                    Discipline.valueOf(type[3]),
                    null,
                    null,
                    null)));
        }
    }

    @AfterEach
    void tearDown() {
        knowledge.close();
        database.close();
    }

    private static List<String[]> csv(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        }
    }

    private KnowledgeResult search(String text) {
        return knowledge.search().search(KnowledgeQuery.of(text), 0, 10);
    }

    private List<String> titles(String text) {
        return search(text).hits().stream().map(KnowledgeHit::title).toList();
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8: \"风机振动\" ranks the blower-vibration article first, the centrifuge article not above it")
    void blowerVibrationRanksFirst() {
        List<String> found = titles("风机振动");

        assertThat(found).first().isEqualTo("罗茨鼓风机异常振动，轴承温度升高");
        int centrifuge = found.indexOf("离心脱水机振动大，泥饼含水率高");
        assertThat(centrifuge == -1 || centrifuge > 0)
                .as("centrifuge article at %d in %s", centrifuge, found)
                .isTrue();
        assertThat(search("风机振动").hits().get(0).snippetHtml())
                .contains("<mark>")
                .contains("振动</mark>");
    }

    @Test
    @DisplayName("R-K3 issue 18 item 8: a nonsense query (\"xyzzy不存在的词\") finds nothing, no unrelated articles")
    void nonsenseFindsNothing() {
        KnowledgeResult result = search("xyzzy不存在的词");

        assertThat(result.hits()).isEmpty();
        assertThat(result.total()).isZero();
        assertThat(titles("xyzzy")).isEmpty();
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8: relevance floor — a one- or two-term query needs all its terms, a longer one two thirds")
    void relevanceFloor() {
        assertThat(KnowledgeIndex.required(1)).isEqualTo(1);
        assertThat(KnowledgeIndex.required(2)).isEqualTo(2);
        assertThat(KnowledgeIndex.required(3)).isEqualTo(2);
        assertThat(KnowledgeIndex.required(4)).isEqualTo(3);
        assertThat(KnowledgeIndex.required(6)).isEqualTo(4);

        // 振动 alone finds both vibrating machines; with 轴承 only the one whose bearing is hot
        assertThat(titles("振动")).containsExactlyInAnyOrder("罗茨鼓风机异常振动，轴承温度升高", "离心脱水机振动大，泥饼含水率高");
        assertThat(titles("轴承 振动")).containsExactly("罗茨鼓风机异常振动，轴承温度升高");
        // three terms, two of which the pump article holds (电流, 流量), the third (xyzzy) nowhere: still found
        assertThat(titles("电流 流量 xyzzy")).containsExactly("潜水提升泵电流偏高，流量下降");
        // three terms of which the pump article holds only one: not found
        assertThat(titles("电流 xyzzy 不存在")).isEmpty();
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8: \"blower vibration\" finds the Chinese blower article through the catalogue's and the glossary's names, marked")
    void englishFindsChinese() {
        List<KnowledgeHit> hits = search("blower vibration").hits();

        assertThat(hits).extracting(KnowledgeHit::title).containsExactly("罗茨鼓风机异常振动，轴承温度升高");
        assertThat(hits.get(0).snippetHtml()).contains("<mark>鼓风机</mark>").contains("<mark>振动</mark>");
        assertThat(titles("Roots Blower")).first().isEqualTo("罗茨鼓风机异常振动，轴承温度升高");
        assertThat(titles("decanter centrifuge vibration")).containsExactly("离心脱水机振动大，泥饼含水率高");
        assertThat(titles("circuit breaker trips")).containsExactly("配电柜断路器频繁跳闸");
    }

    @Test
    @DisplayName("R-K3 issue 18 item 8: a synonym the administrator adds takes effect at the next query, audited")
    void adminAddsSynonym() {
        assertThat(titles("fish eyes")).isEmpty();
        SynonymService admin = knowledge.synonyms(new TestCaller(null, Role.ADMIN));

        Synonym added = knowledge.committedSynonyms(() -> admin.add("鱼眼", "fish eyes"));

        List<KnowledgeHit> hits = search("fish eyes").hits();
        assertThat(hits).extracting(KnowledgeHit::title).containsExactly("PAM 制备装置溶药不充分出现鱼眼");
        assertThat(hits.get(0).snippetHtml()).contains("<mark>鱼眼</mark>");
        assertThat(database.inTransaction(() -> admin.history(10))).anySatisfy(entry -> {
            assertThat(entry.getEntityId()).isEqualTo(added.getId());
            assertThat(entry.getAction()).isEqualTo(AuditAction.CREATE);
        });

        knowledge.committedSynonyms(() -> {
            admin.remove(added.getId());
            return null;
        });
        assertThat(titles("fish eyes")).isEmpty();

        SynonymService engineer = knowledge.synonyms(new TestCaller(null, Role.AFTER_SALES_ENGINEER));
        assertThatThrownBy(() -> database.inTransaction(() -> engineer.add("鱼眼", "fish eyes")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
