package org.aftersales.reports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.aftersales.reports.MonthlyReportBenchmark.Batch;
import org.aftersales.reports.MonthlyReportBenchmark.Database;
import org.aftersales.reports.RegisterWorkbook.Column;
import org.aftersales.retention.LedgerExtent;
import org.aftersales.retention.LedgerLine;
import org.aftersales.retention.RetentionEntryKind;
import org.aftersales.retention.RetentionFixtures;
import org.aftersales.retention.RetentionService;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/**
 * Benchmark command (not a test, issue 14): the subcontractor retention register exported from a database of 1 M
 * ledger rows as the server does it — {@link RetentionService#ledgerExtent} (the column widths, one aggregate), then
 * {@link RetentionService#forEachLedgerLine} (one forward-only cursor) into {@link RegisterWorkbook} — against the same
 * rows read alone over plain JDBC (forward-only, the same fetch size: the floor), and once the way it was done before
 * (1 001 keyset pages of {@link RetentionService#ledgerPage}). Prints the time to the first byte, the whole time, the
 * queries and the peak heap. Run in a 256 MB heap on PostgreSQL (a database {@code aftersales_register_benchmark} made
 * on 127.0.0.1:5432 and dropped afterwards) or the embedded H2:
 * {@code mvn -B -pl service-reports -am -Pregister-database-benchmark -DskipTests verify [-Dbenchmark.database=h2]}.
 */
public final class RegisterDatabaseBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-15T02:00:00Z");
    private static final long FIRST_ID = 10_000_000L;
    private static final String[] CAUSES = {"鼓风机轴承损坏，更换费用由供货商承担", "潜水泵机械密封磨损进水", "变频器模块烧毁更换", "溶解氧仪表漂移，更换探头"};

    private RegisterDatabaseBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean paged = !"false".equals(System.getProperty("benchmark.paged", "true"));
        Database database = "h2".equalsIgnoreCase(System.getProperty("benchmark.database", "postgresql"))
                ? new MonthlyReportBenchmark.H2File()
                : new MonthlyReportBenchmark.PostgreSql("aftersales_register_benchmark");
        try {
            Flyway.configure()
                    .dataSource(database.url(), database.user(), "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), "")) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute(database.referentialIntegrity(false));
                }
                generate(c, database, entries);
                try (Statement s = c.createStatement()) {
                    s.execute(database.referentialIntegrity(true));
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d ledger rows in %s in %.1f s; max heap %d MB, load average %.1f%n",
                    entries,
                    database,
                    (System.nanoTime() - t0) / 1e9,
                    Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            run(database, paged);
        } finally {
            database.drop();
        }
    }

    private static void run(Database database, boolean paged) throws Exception {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(
                "aftersales", TestDatabase.unitProperties(database.driver(), database.url(), database.user()));
        double bestExport = Double.MAX_VALUE;
        double bestFirst = Double.MAX_VALUE;
        double bestFloor = Double.MAX_VALUE;
        long maxPeak = 0;
        try {
            for (int round = 1; round <= 3; round++) {
                Export export = export(factory, false);
                double floor = jdbcFloor(database);
                System.out.printf(
                        Locale.ROOT,
                        "round %d: export %,d rows %.2f s, first byte after %.3f s, header after %.3f s (the"
                                + " aggregate for the widths %.3f s), %.1f MB, %d queries; its rows read alone over"
                                + " JDBC %.2f s (%.2f×); peak heap %d MB%n",
                        round,
                        export.rows,
                        export.seconds,
                        export.firstByte,
                        export.headerSeconds,
                        export.extentSeconds,
                        export.bytes / 1048576.0,
                        export.queries,
                        floor,
                        export.seconds / floor,
                        export.peakMb);
                bestExport = Math.min(bestExport, export.seconds);
                bestFirst = Math.min(bestFirst, export.firstByte);
                bestFloor = Math.min(bestFloor, floor);
                maxPeak = Math.max(maxPeak, export.peakMb);
            }
            System.out.printf(
                    Locale.ROOT,
                    "best of 3 in %s: export %.2f s, first byte %.3f s (target ≤ 2 s), rows alone %.2f s (%.2f×);"
                            + " peak heap %d MB (target ≤ 256 MB)%n",
                    database,
                    bestExport,
                    bestFirst,
                    bestFloor,
                    bestExport / bestFloor,
                    maxPeak);
            if (paged) {
                Export before = export(factory, true);
                System.out.printf(
                        Locale.ROOT,
                        "before (keyset pages of 1 000, each a query): %,d rows %.2f s in %,d queries, first byte"
                                + " after %.3f s, peak heap %d MB%n",
                        before.rows,
                        before.seconds,
                        before.queries,
                        before.firstByte,
                        before.peakMb);
            }
        } finally {
            factory.close();
        }
    }

    private record Export(
            long rows,
            double seconds,
            double firstByte,
            double extentSeconds,
            double headerSeconds,
            long bytes,
            long peakMb,
            long queries) {}

    /** The export as {@code RetentionRegisters} does it (bundle keys for the texts), into a stream that keeps nothing. */
    private static Export export(EntityManagerFactory factory, boolean paged) {
        EntityManager em = factory.createEntityManager();
        RetentionService retentions =
                RetentionFixtures.retentionService(em, new TestCaller(null, Role.FINANCE), Clock.fixed(NOW, ZONE));
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        Discard out = new Discard(start);
        em.getTransaction().begin();
        long[] queries = {0};
        try {
            double[] extentSeconds = {0};
            RegisterWorkbook workbook = RegisterWorkbook.open(
                    out,
                    "retention.subcontractorRegister.sheet",
                    "retention.subcontractorRegister.title",
                    () -> {
                        long t = System.nanoTime();
                        LedgerExtent extent = retentions.ledgerExtent();
                        queries[0]++;
                        extentSeconds[0] = (System.nanoTime() - t) / 1e9;
                        return List.of(
                                Column.text("retention.project", extent.projectCode()),
                                Column.text("retention.projectName", extent.projectName()),
                                Column.text("retention.subcontractor", extent.subcontractorName()),
                                Column.date("retention.entryDate"),
                                Column.text("retention.entryKind", 8),
                                Column.money("retention.held", extent.widest(RetentionEntryKind.HELD)),
                                Column.money("retention.deducted", extent.widest(RetentionEntryKind.DEDUCTED)),
                                Column.money("retention.released", extent.widest(RetentionEntryKind.RELEASED)),
                                Column.text("retention.cause", extent.cause()),
                                Column.text("retention.case", extent.caseNumber()),
                                Column.date("retention.releaseDate"));
                    },
                    "register.total");
            double headerSeconds = (System.nanoTime() - start) / 1e9;
            Consumer<LedgerLine> row = line -> workbook.addRow(
                    line.projectCode(),
                    line.projectName(),
                    line.subcontractorName(),
                    line.date(),
                    line.kind().name(),
                    line.kind() == RetentionEntryKind.HELD ? line.amount().amount() : null,
                    line.kind() == RetentionEntryKind.DEDUCTED ? line.amount().amount() : null,
                    line.kind() == RetentionEntryKind.RELEASED ? line.amount().amount() : null,
                    line.cause(),
                    line.caseNumber(),
                    line.releaseDate());
            if (paged) {
                long after = 0;
                List<LedgerLine> page;
                do {
                    page = retentions.ledgerPage(after, 1000);
                    queries[0]++;
                    page.forEach(row);
                    if (!page.isEmpty()) {
                        after = page.get(page.size() - 1).entryId();
                    }
                    em.clear();
                } while (page.size() == 1000);
            } else {
                retentions.forEachLedgerLine(row);
                queries[0]++;
            }
            workbook.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Export(
                    workbook.rowCount(),
                    seconds,
                    out.firstByte(),
                    extentSeconds[0],
                    headerSeconds,
                    out.count,
                    peakHeapMb(),
                    queries[0]);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    /** The export's rows read alone: the same query over plain JDBC, forward-only, every column read. */
    private static double jdbcFloor(Database database) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), "")) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                    "select e.id, p.code, p.name, s.name, e.entry_date, e.kind, e.amount, e.cause, c.case_number,"
                            + " r.release_date from retention_entry e join subcontractor_retention r on r.id ="
                            + " e.retention_id join project p on p.id = r.project_id join subcontractor s on s.id ="
                            + " r.subcontractor_id left join service_case c on c.id = e.service_case_id order by e.id",
                    ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                p.setFetchSize(2000);
                long sink = 0;
                try (ResultSet rows = p.executeQuery()) {
                    while (rows.next()) {
                        sink += rows.getLong(1);
                        for (int i = 2; i <= 10; i++) {
                            Object value = rows.getObject(i);
                            sink += value == null ? 0 : 1;
                        }
                    }
                }
                if (sink == 42) {
                    System.out.print("");
                }
            }
            c.rollback();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void generate(Connection c, Database database, int entries) throws SQLException {
        MonthlyReportBenchmark.schema = database.schema();
        long[] id = {FIRST_ID};
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        long department = id[0]++;
        try (Batch b = new Batch(c, "department", "id", "name", "kind")) {
            b.add(department, "工程部", "PROJECT");
        }
        int projects = 200;
        long[] projectIds = new long[projects];
        try (Batch owners = new Batch(c, "owner", "id", "name");
                Batch p = new Batch(
                        c,
                        "project",
                        "id",
                        "code",
                        "name",
                        "owner_id",
                        "project_department_id",
                        "warranty_months",
                        "provisional_handover_date")) {
            for (int i = 0; i < projects; i++) {
                long owner = id[0]++;
                owners.add(owner, "业主 " + i);
                projectIds[i] = id[0]++;
                p.add(
                        projectIds[i],
                        String.format(Locale.ROOT, "WTP-2026-%03d", i),
                        "滨江再生水厂提标改造工程 " + i,
                        owner,
                        department,
                        24,
                        java.sql.Date.valueOf(today.minusDays(400 + i)));
            }
        }
        String[] firms = {"江苏环保设备制造有限公司", "上海磁悬浮风机股份有限公司", "杭州自控系统工程有限公司", "武汉水泵机电有限公司", "南京电气成套设备有限公司"};
        long[] subcontractors = new long[20];
        try (Batch s = new Batch(c, "subcontractor", "id", "name", "kind")) {
            for (int i = 0; i < subcontractors.length; i++) {
                subcontractors[i] = id[0]++;
                s.add(subcontractors[i], firms[i % firms.length] + " " + i, "EQUIPMENT_SUPPLIER");
            }
        }
        int retentions = projects * 3;
        long[] retentionIds = new long[retentions];
        try (Batch r = new Batch(
                c,
                "subcontractor_retention",
                "id",
                "project_id",
                "subcontractor_id",
                "held_amount",
                "deducted_amount",
                "released_amount")) {
            for (int i = 0; i < retentions; i++) {
                retentionIds[i] = id[0]++;
                r.add(
                        retentionIds[i],
                        projectIds[i / 3],
                        subcontractors[(i / 3 + (i % 3) * 7) % subcontractors.length],
                        new BigDecimal("120000.00"),
                        new BigDecimal("6000.00"),
                        new BigDecimal("0.00"));
            }
        }
        try (Batch e = new Batch(c, "retention_entry", "id", "retention_id", "kind", "amount", "entry_date", "cause")) {
            for (int i = 0; i < entries; i++) {
                String kind = i % 10 == 0 ? "HELD" : i % 10 == 9 ? "RELEASED" : "DEDUCTED";
                e.add(
                        id[0]++,
                        retentionIds[i % retentions],
                        kind,
                        BigDecimal.valueOf(100_000 + (i * 37L) % 900_000, 2),
                        java.sql.Date.valueOf(today.minusDays(i % 1000)),
                        "DEDUCTED".equals(kind) ? CAUSES[i % CAUSES.length] : null);
            }
        }
    }

    /** Counts what the export writes, keeps none of it, and notes when the first byte came. */
    private static final class Discard extends OutputStream {
        private final long start;
        private long firstAt;
        long count;

        Discard(long start) {
            this.start = start;
        }

        @Override
        public void write(int b) {
            mark();
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > 0) {
                mark();
            }
            count += len;
        }

        private void mark() {
            if (firstAt == 0) {
                firstAt = System.nanoTime();
            }
        }

        double firstByte() {
            return (firstAt - start) / 1e9;
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
