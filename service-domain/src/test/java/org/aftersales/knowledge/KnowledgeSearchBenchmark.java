package org.aftersales.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.aftersales.demo.DemoData;

/**
 * Benchmark of the knowledge-base search (R-K3), not a test: indexes generated articles (100 000 by default) built
 * from the typical faults of shared/domain-data, then times searches — ranking and highlighted snippets of the first
 * page, as the search page asks for them — and prints p50 / p95 / p99. Target: p95 under 50 ms.
 *
 * <pre>
 * mvn -B -o -q -pl service-domain test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.aftersales.knowledge.KnowledgeSearchBenchmark [-Dexec.args="100000 2000 folder"]
 * </pre>
 *
 * Arguments: number of articles, number of timed queries, and "folder" to use a memory-mapped index in a temporary
 * folder instead of memory. Surefire never runs it (not a *Test class), so {@code mvn verify} stays fast.
 */
public final class KnowledgeSearchBenchmark {

    private static final String[] QUERIES = {
        "曝气风机 振动",
        "鼓风机 喘振",
        "潜水泵 跳闸",
        "电流",
        "机械密封",
        "轴承 温度",
        "格栅 卡阻",
        "溶解氧 漂移",
        "变频器过热",
        "滤布 破损",
        "出水浊度升高",
        "PLC 通讯中断",
        "絮凝剂 鱼眼",
        "屋面渗漏",
        "刮泥机 打滑",
        "bearing failures",
        "impeller clogged",
        "blower surge alarm",
        "seal leakage",
        "sensor drift calibration",
        "脱水机 振动 含水率",
        "紫外 灯管",
        "计量泵 单向阀",
        "配电柜 断路器 跳闸",
        "COD 在线仪表"
    };

    private static final String[] ENGLISH = {
        "Bearing failure on the drive end after the lubrication interval was skipped",
        "Impeller clogged by fibres; the lift pump draws high current",
        "Blower surge alarm at low flow, anti-surge curve adjusted",
        "Mechanical seal leakage tripped the moisture protection",
        "Dissolved-oxygen sensor drift, calibration overdue",
        "Cloth filter backwash runs too often, torn filter cloth replaced"
    };

    private KnowledgeSearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        boolean folder = args.length > 2 && args[2].equals("folder");
        List<String[]> faults = faults();
        Path scratch = folder ? Files.createTempDirectory("knowledge-benchmark") : null;

        try (KnowledgeIndex index = folder ? KnowledgeIndex.inFolder(scratch) : KnowledgeIndex.inMemory()) {
            long start = System.nanoTime();
            index.rebuild(() -> generated(articles, faults));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "indexed %,d articles in %.1f s (%,.0f per second), %s%n",
                    index.size(), seconds, index.size() / seconds, folder ? "memory-mapped folder" : "in memory");

            Random random = new Random(42);
            for (int i = 0; i < Math.min(500, queries); i++) {
                index.search(KnowledgeQuery.of(QUERIES[random.nextInt(QUERIES.length)]), 0, 10);
            }
            long[] nanos = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                String text = QUERIES[random.nextInt(QUERIES.length)];
                long t0 = System.nanoTime();
                KnowledgeResult result = index.search(KnowledgeQuery.of(text), 0, 10);
                nanos[i] = System.nanoTime() - t0;
                hits += result.hits().size();
            }
            Arrays.sort(nanos);
            System.out.printf("%,d queries (first page of 10 with snippets), %,d hits shown%n", queries, hits);
            System.out.printf(
                    "p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms%n",
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
            KnowledgeResult sample = index.search(KnowledgeQuery.of("曝气风机 振动"), 0, 3);
            System.out.printf(
                    "\"曝气风机 振动\": %,d%s hits; best: %s — %s%n",
                    sample.total(),
                    sample.exact() ? "" : "+",
                    sample.hits().get(0).title(),
                    sample.hits().get(0).snippetText());
        }
    }

    private static double percentile(long[] sorted, int percent) {
        int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    /** Articles mixed from the typical faults: symptom, cause and fix of different rows, some in English. */
    private static Iterator<IndexedText> generated(int count, List<String[]> faults) {
        Random random = new Random(7);
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public IndexedText next() {
                int id = next++;
                String[] symptom = faults.get(random.nextInt(faults.size()));
                String[] cause = faults.get(random.nextInt(faults.size()));
                String[] fix = faults.get(random.nextInt(faults.size()));
                String body = symptom[1] + "。" + cause[2] + "。" + fix[3] + "。现场编号 " + (1000 + random.nextInt(9000));
                if (random.nextInt(10) == 0) {
                    body += "\n" + ENGLISH[random.nextInt(ENGLISH.length)];
                }
                return new IndexedText(
                        SearchableType.ARTICLE,
                        id,
                        symptom[4],
                        null,
                        symptom[0],
                        (long) (1 + random.nextInt(200)),
                        symptom[1],
                        body,
                        symptom[0]);
            }
        };
    }

    private static List<String[]> faults() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("fault-cases.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> rows.add(line.split(",", -1)));
            return rows;
        }
    }
}
