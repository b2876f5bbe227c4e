package org.aftersales.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.aftersales.project.Discipline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index on its own: analysis, ranking, filters, snippets, rebuild. */
class KnowledgeIndexTest {

    private final KnowledgeIndex index = KnowledgeIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    private static IndexedText article(long id, String title, String body) {
        return new IndexedText(SearchableType.ARTICLE, id, "REPAIR_CASE", "MECHANICAL", "罗茨鼓风机", 7L, title, body, null);
    }

    private List<Long> ids(String text) {
        return index.search(KnowledgeQuery.of(text), 0, 10).hits().stream()
                .map(KnowledgeHit::id)
                .toList();
    }

    @Test
    @DisplayName(
            "R-K3 \"曝气风机 振动\" ranks the article saying 曝气风机出现异常振动 first; one with a single term is below the floor (issue 18 item 8)")
    void chineseWordsRank() {
        index.put(article(1, "水泵故障", "潜水泵运行时振动明显，噪声大"));
        index.put(article(2, "风机噪声", "曝气风机进口过滤器堵塞，噪声偏高"));
        index.put(article(3, "风机故障", "曝气风机出现异常振动，需停机检查"));
        index.put(article(4, "格栅卡阻", "回转式格栅机雨季频繁卡阻停机"));

        List<Long> found = ids("曝气风机 振动");

        // three terms (曝气, 风机, 振动), two needed: 2 holds 曝气风机, 1 only 振动
        assertThat(found).containsExactly(3L, 2L);
    }

    @Test
    @DisplayName(
            "R-K3 an English query finds inflected forms: \"bearing failures\" finds \"bearing failure\", \"failures of two bearings\"")
    void englishInflections() {
        index.put(article(1, "Blower", "Roots blower bearing failure after lubrication was skipped"));
        index.put(article(2, "Blower", "Failures of two bearings found at the drive end"));
        index.put(article(3, "Pump", "Impeller clogged by fibres"));

        assertThat(ids("bearing failures")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("the")).isEmpty();
    }

    @Test
    @DisplayName("R-K3 snippets mark the matched words, and the title counts")
    void snippets() {
        index.put(article(1, "罗茨鼓风机轴承", "罗茨鼓风机异常振动，轴承温度升高。联轴器对中偏差，轴承润滑不足。重新对中，更换轴承。"));

        KnowledgeHit hit =
                index.search(KnowledgeQuery.of("轴承 温度"), 0, 10).hits().get(0);

        assertThat(hit.snippet()).anySatisfy(fragment -> {
            assertThat(fragment.match()).isTrue();
            assertThat(fragment.text()).contains("轴承");
        });
        assertThat(hit.snippetHtml()).contains("<mark>").doesNotContain("<script");
        assertThat(hit.title()).isEqualTo("罗茨鼓风机轴承");
        assertThat(hit.projectId()).isEqualTo(7L);
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8: a code of letters and digits is one term, found and marked; the text around it stays escaped")
    void codesAreOneTermAndHighlightsAreEscaped() {
        index.put(article(1, "搅拌器异响", "<script>alert(1)</script> XSS7V 搅拌器异响"));
        index.put(article(2, "搅拌器异响", "潜水搅拌器异响，型号 XSS8"));

        List<KnowledgeHit> hits =
                index.search(KnowledgeQuery.of("xss7v"), 0, 10).hits();

        assertThat(hits).extracting(KnowledgeHit::id).containsExactly(1L);
        assertThat(hits.get(0).snippetHtml())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>XSS7V</mark> 搅拌器异响");
    }

    @Test
    @DisplayName("R-K3 filters by type, kind, discipline, equipment (case-insensitive) and project")
    void filters() {
        index.put(
                new IndexedText(SearchableType.ARTICLE, 1, "REPAIR_CASE", "MECHANICAL", "BLW-R", 1L, "振动", "振动", null));
        index.put(new IndexedText(SearchableType.ARTICLE, 2, "DESIGN_DEFECT", "CIVIL", "TNK-L", 2L, "振动", "振动", null));
        index.put(new IndexedText(SearchableType.MANUAL, 3, "OPERATION_MANUAL", null, null, null, "振动", "振动", null));

        assertThat(search(new KnowledgeQuery("振动", null, "DESIGN_DEFECT", null, null, null)))
                .containsExactly(2L);
        assertThat(search(new KnowledgeQuery("振动", null, null, Discipline.MECHANICAL, null, null)))
                .containsExactly(1L);
        assertThat(search(new KnowledgeQuery("振动", null, null, null, "blw-r", null)))
                .containsExactly(1L);
        assertThat(search(new KnowledgeQuery("振动", null, null, null, null, 2L))).containsExactly(2L);
        assertThat(search(new KnowledgeQuery("振动", SearchableType.MANUAL, null, null, null, null)))
                .containsExactly(3L);
        assertThat(search(new KnowledgeQuery("  ", null, null, null, null, null)))
                .isEmpty();
    }

    private List<Long> search(KnowledgeQuery query) {
        return index.search(query, 0, 10).hits().stream().map(KnowledgeHit::id).toList();
    }

    @Test
    @DisplayName("R-K3 a rebuild replaces the index; an update made while it runs is kept, a removal too")
    void rebuildKeepsConcurrentUpdates() {
        index.put(article(1, "旧", "格栅"));
        index.put(article(9, "将删除", "格栅"));
        List<IndexedText> fromDatabase = List.of(article(2, "新", "格栅"), article(3, "新", "格栅"), article(9, "将删除", "格栅"));
        Iterable<IndexedText> slowReader = () -> new Iterator<>() {
            private final Iterator<IndexedText> rows = fromDatabase.iterator();
            private boolean updated;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public IndexedText next() {
                if (!updated) {
                    updated = true;
                    index.put(article(4, "重建时保存", "格栅"));
                    index.remove(IndexedText.uid(SearchableType.ARTICLE, 9));
                }
                return rows.next();
            }
        };

        index.rebuild(slowReader);

        assertThat(ids("格栅")).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    @DisplayName("R-K3 an index in a scratch folder works the same and cleans up the generations it replaced")
    void inFolder(@TempDir Path folder) throws Exception {
        try (KnowledgeIndex onDisk = KnowledgeIndex.inFolder(folder)) {
            onDisk.put(article(1, "风机", "曝气风机出现异常振动"));
            onDisk.rebuild(List.of(article(2, "风机", "曝气风机出现异常振动")));
            assertThat(onDisk.search(KnowledgeQuery.of("振动"), 0, 5).hits())
                    .extracting(KnowledgeHit::id)
                    .containsExactly(2L);
            try (var generations = Files.list(folder)) {
                assertThat(generations.toList()).hasSize(1);
            }
        }
    }

    @Test
    @DisplayName("R-K3 paging: offset and size cut the ranked list, the total counts all hits")
    void paging() {
        List<IndexedText> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(article(i, "泵 " + i, "潜水泵电流偏高"));
        }
        index.rebuild(many);
        KnowledgeResult page = index.search(KnowledgeQuery.of("电流"), 20, 10);
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.exact()).isTrue();
        assertThat(page.hits()).hasSize(5);
    }
}
