package org.aftersales.reports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.aftersales.report.MonthlyReport;
import org.aftersales.report.MonthlyReportFixtures;
import org.aftersales.report.MonthlyReportService;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/**
 * Benchmark of the monthly report to the general manager (R-O3; issue 6), not a test: generates a year of data — 200
 * projects, 100 000 cases with their clocks, 500 000 cost lines, subcontractor retention entries, project retention
 * receivables, cost plans, owner follow-ups — by JDBC batches into a throw-away database (an H2 file database, the
 * embedded default, or with {@code -Dbenchmark.database=postgresql} a database made on 127.0.0.1:5432 and dropped
 * afterwards), then, in five rounds, times one month's {@link MonthlyReportService#report} and the writing of its
 * workbook ({@link MonthlyReportWorkbook}) against the report's aggregate SQL run alone over JDBC, and prints the peak
 * heap of report and workbook. Target: the report within 2× its SQL, heap ≤ 512 MB (the profile runs it with
 * {@code -Xmx512m}).
 *
 * <pre>
 * mvn -B -pl service-reports -am -Pmonthly-benchmark -DskipTests verify [-Dbenchmark.database=postgresql]
 * </pre>
 *
 * Surefire never runs it (not a *Test class). The best (least disturbed) round is printed last: on a shared machine
 * single rounds are noisy.
 */
public final class MonthlyReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final Instant NOW = Instant.parse("2026-11-15T02:00:00Z");
    private static final Instant YEAR_START =
            MONTH.minusMonths(11).atDay(1).atStartOfDay(ZONE).toInstant();
    private static final long YEAR_SECONDS =
            MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().getEpochSecond() - YEAR_START.getEpochSecond();
    private static final int BATCH = 5_000;
    private static final long FIRST_ID = 10_000_000L;

    /** The schema the generator's batches look their tables up in (information_schema's spelling). */
    static String schema;

    private MonthlyReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int costLines = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        Database database = "postgresql".equalsIgnoreCase(System.getProperty("benchmark.database", "h2"))
                ? new PostgreSql()
                : new H2File();
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
                    // Parents and children go in interleaved batches; the generator keeps the references right.
                    s.execute(database.referentialIntegrity(false));
                }
                generate(c, database, projects, cases, costLines);
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
                    "generated %,d projects, %,d cases, %,d cost lines in %s in %.1f s%n",
                    projects, cases, costLines, database, (System.nanoTime() - t0) / 1e9);
            run(database);
        } finally {
            database.drop();
        }
    }

    private static void run(Database database) throws SQLException, IOException {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(
                "aftersales", TestDatabase.unitProperties(database.driver(), database.url(), database.user()));
        long bestSql = Long.MAX_VALUE;
        long bestReport = Long.MAX_VALUE;
        long bestWorkbook = Long.MAX_VALUE;
        long maxPeak = 0;
        try (Connection jdbc = DriverManager.getConnection(database.url(), database.user(), "")) {
            Clock clock = Clock.fixed(NOW, ZONE);
            for (int round = 1; round <= 5; round++) {
                long sqlNanos = sql(jdbc);
                EntityManager em = factory.createEntityManager();
                resetPeaks();
                long t0 = System.nanoTime();
                em.getTransaction().begin();
                MonthlyReport report = MonthlyReportFixtures.monthlyReportService(
                                em, new TestCaller(null, Role.GENERAL_MANAGER), clock)
                        .report(MONTH);
                em.getTransaction().commit();
                long reportNanos = System.nanoTime() - t0;
                em.close();
                long t1 = System.nanoTime();
                CountingStream out = new CountingStream();
                // The bundle's keys stand in for the translated texts: same work, no web module needed.
                MonthlyReportWorkbook.write(report, key -> key, ZONE, out);
                long workbookNanos = System.nanoTime() - t1;
                long peak = peakHeap();
                System.out.printf(
                        "round %d: report %s — %,d cases, %,d retention movements, %,d receivables, %,d cost"
                                + " plans, %,d follow-up rows: %.0f ms, workbook (%,d KB) %.0f ms; its SQL alone"
                                + " %.0f ms (report %.2f×, report + workbook %.2f×); peak heap %d MB%n",
                        round,
                        MONTH,
                        report.cases().size(),
                        report.retentionMovements().size(),
                        report.receivables().size(),
                        report.costPlans().size(),
                        report.compliance().size(),
                        reportNanos / 1e6,
                        out.count / 1024,
                        workbookNanos / 1e6,
                        sqlNanos / 1e6,
                        (double) reportNanos / sqlNanos,
                        (double) (reportNanos + workbookNanos) / sqlNanos,
                        peak / (1024 * 1024));
                bestSql = Math.min(bestSql, sqlNanos);
                bestReport = Math.min(bestReport, reportNanos);
                bestWorkbook = Math.min(bestWorkbook, workbookNanos);
                maxPeak = Math.max(maxPeak, peak);
            }
        } finally {
            factory.close();
        }
        System.out.printf(
                "best of 5 in %s: report %.0f ms, workbook %.0f ms, SQL alone %.0f ms — report %.2f× its SQL"
                        + " (target ≤ 2×), report + workbook %.2f×; peak heap %d MB (target ≤ 512 MB, max heap %d MB)%n",
                database,
                bestReport / 1e6,
                bestWorkbook / 1e6,
                bestSql / 1e6,
                (double) bestReport / bestSql,
                (double) (bestReport + bestWorkbook) / bestSql,
                maxPeak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Counts what the workbook writes and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Where the year of data goes. */
    interface Database {
        String driver();

        String url();

        String user();

        String referentialIntegrity(boolean on);

        /** The schema name as information_schema spells it. */
        String schema();

        void drop() throws Exception;
    }

    /** The embedded default: an H2 file database in a temporary folder. */
    static final class H2File implements Database {
        private final Path folder;

        H2File() throws IOException {
            folder = Files.createTempDirectory("monthly-benchmark");
        }

        public String driver() {
            return "org.h2.Driver";
        }

        public String url() {
            return "jdbc:h2:file:" + folder.resolve("bench") + ";CACHE_SIZE=65536";
        }

        public String user() {
            return "sa";
        }

        public String referentialIntegrity(boolean on) {
            return "SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE");
        }

        public String schema() {
            return "PUBLIC";
        }

        public void drop() throws IOException {
            deleteQuietly(folder);
        }

        @Override
        public String toString() {
            return "H2 (file)";
        }
    }

    /** Production's database: a throw-away database on the local PostgreSQL (trust authentication). */
    static final class PostgreSql implements Database {
        private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
        private final String name;

        PostgreSql() throws SQLException {
            this("aftersales_benchmark");
        }

        /** @param name the throw-away database's name */
        PostgreSql(String name) throws SQLException {
            this.name = name;
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
                s.execute("CREATE DATABASE " + name);
            }
        }

        public String driver() {
            return "org.postgresql.Driver";
        }

        public String url() {
            return SERVER + name;
        }

        public String user() {
            return "postgres";
        }

        public String referentialIntegrity(boolean on) {
            // Foreign keys are triggers in PostgreSQL; the replica role skips them for this session.
            return "SET session_replication_role = " + (on ? "origin" : "replica");
        }

        public String schema() {
            return "public";
        }

        public void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }

    /** The report's queries as plain SQL over JDBC, every row read: what the database must do at least. */
    private static long sql(Connection c) throws SQLException {
        Timestamp from = Timestamp.from(MONTH.atDay(1).atStartOfDay(ZONE).toInstant());
        Timestamp to =
                Timestamp.from(MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        java.sql.Date first = java.sql.Date.valueOf(MONTH.atDay(1));
        java.sql.Date last = java.sql.Date.valueOf(MONTH.atEndOfMonth());
        String[] queries = {
            "select case_type, count(*) from service_case where received_at >= ?1 and received_at < ?2 group by case_type",
            "select service_class, count(*) from service_case where received_at >= ?1 and received_at < ?2"
                    + " group by service_class",
            "select kind, started_at, due_at, met_at, paused_seconds, stopped_at from service_case_clock"
                    + " where due_at >= ?1 and due_at < ?2",
            "select count(*) from service_case c where c.case_type = 'COMPLAINT' and c.received_at < ?2"
                    + " and (c.closed_at is null or c.closed_at >= ?2) and (c.cancelled_at is null or c.cancelled_at >= ?2)",
            "select c.case_number, c.received_at, p.code, p.name, c.case_type, c.service_class, c.status,"
                    + " c.major_matter, c.crisis, c.closed_at from service_case c join project p on p.id = c.project_id"
                    + " where c.received_at >= ?1 and c.received_at < ?2 order by c.received_at, c.id",
            "select p.id, k.category, sum(k.amount) from service_cost k join service_case c on c.id = k.service_case_id"
                    + " join project p on p.id = c.project_id group by p.id, k.category",
            "select l.cost_plan_id, l.category, l.planned_amount from cost_plan_line l",
            "select e.id, p.code, p.name, s.name, e.entry_date, e.kind, e.amount from retention_entry e"
                    + " join subcontractor_retention r on r.id = e.retention_id join project p on p.id = r.project_id"
                    + " join subcontractor s on s.id = r.subcontractor_id where e.entry_date <= ?4 order by e.id",
            "select r.id, p.code, p.name, r.due_date, r.amount, r.collected_amount from project_retention r"
                    + " join project p on p.id = r.project_id order by r.id",
            "select r.project_id, sum(r.amount), sum(r.collected_amount) from project_retention r"
                    + " where r.due_date >= ?3 and r.due_date <= ?4 group by r.project_id",
            "select f.project_id, f.contact_day, f.next_due_date from owner_follow_up f where f.reached = true"
                    + " and f.contact_day <= ?4 order by f.contacted_at, f.id",
            "select p.id, p.code, p.name, p.provisional_handover_date from project p"
                    + " where p.provisional_handover_date <= ?4 order by p.code",
        };
        long t0 = System.nanoTime();
        for (String query : queries) {
            String sql = query.replace("?1", "?")
                    .replace("?2", "?")
                    .replace("?3", "?")
                    .replace("?4", "?");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int index = 1;
                for (int i = 0; i < query.length() - 1; i++) {
                    if (query.charAt(i) == '?') {
                        char n = query.charAt(i + 1);
                        p.setObject(index++, n == '1' ? from : n == '2' ? to : n == '3' ? first : last);
                    }
                }
                try (ResultSet rows = p.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int col = 1; col <= columns; col++) {
                            rows.getObject(col);
                        }
                    }
                }
            }
        }
        return System.nanoTime() - t0;
    }

    // ---- data ----

    private static void generate(Connection c, Database database, int projects, int cases, int costLines)
            throws SQLException {
        schema = database.schema();
        Random random = new Random(42);
        long[] id = {FIRST_ID};
        Timestamp now = Timestamp.from(NOW);
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);

        long department = id[0]++;
        try (Batch b = new Batch(c, "department", "id", "name", "kind")) {
            b.add(department, "工程部", "PROJECT");
        }
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
                        String.format("BM-%04d", i),
                        "污水处理厂 " + i,
                        owner,
                        department,
                        24,
                        java.sql.Date.valueOf(today.minusDays(200 + random.nextInt(900))));
            }
        }
        long[] subcontractors = new long[20];
        try (Batch s = new Batch(c, "subcontractor", "id", "name", "kind")) {
            for (int i = 0; i < subcontractors.length; i++) {
                subcontractors[i] = id[0]++;
                s.add(subcontractors[i], "分包商 " + i, "SUBCONTRACTOR");
            }
        }
        String[] categories = {"TRAVEL", "ACCOMMODATION", "SPARE_PARTS", "SUBCONTRACTED_WORK", "OTHER"};
        try (Batch plan = new Batch(c, "cost_plan", "id", "project_id", "due_date", "state");
                Batch line = new Batch(c, "cost_plan_line", "id", "cost_plan_id", "category", "planned_amount")) {
            for (long project : projectIds) {
                long planId = id[0]++;
                plan.add(planId, project, java.sql.Date.valueOf(today.minusDays(100)), "APPROVED");
                for (String category : categories) {
                    line.add(id[0]++, planId, category, BigDecimal.valueOf(50_000 + random.nextInt(100_000), 0));
                }
            }
        }
        int retentionEntries = 0;
        try (Batch r = new Batch(
                        c,
                        "subcontractor_retention",
                        "id",
                        "project_id",
                        "subcontractor_id",
                        "held_amount",
                        "deducted_amount",
                        "released_amount");
                Batch e = new Batch(c, "retention_entry", "id", "retention_id", "kind", "amount", "entry_date")) {
            for (int pi = 0; pi < projects; pi++) {
                long project = projectIds[pi];
                for (int k = 0; k < 3; k++) {
                    long retention = id[0]++;
                    r.add(
                            retention,
                            project,
                            subcontractors[(pi + k * 7) % subcontractors.length],
                            new BigDecimal("120000.00"),
                            new BigDecimal("6000.00"),
                            new BigDecimal("0.00"));
                    e.add(
                            id[0]++,
                            retention,
                            "HELD",
                            new BigDecimal("120000.00"),
                            java.sql.Date.valueOf(today.minusDays(330 + random.nextInt(30))));
                    for (int m = 0; m < 12; m++) {
                        e.add(
                                id[0]++,
                                retention,
                                "DEDUCTED",
                                new BigDecimal("500.00"),
                                java.sql.Date.valueOf(today.minusDays(random.nextInt(330))));
                    }
                    retentionEntries += 13;
                }
            }
        }
        try (Batch r =
                new Batch(c, "project_retention", "id", "project_id", "amount", "due_date", "collected_amount")) {
            for (long project : projectIds) {
                BigDecimal amount = BigDecimal.valueOf(200_000 + random.nextInt(300_000), 0);
                r.add(
                        id[0]++,
                        project,
                        amount,
                        java.sql.Date.valueOf(today.minusDays(random.nextInt(400))),
                        random.nextBoolean() ? amount : BigDecimal.ZERO);
            }
        }
        // R-F2: an owner contact about every 14 days over the year, one in eight not reaching the owner.
        int followUps = 0;
        try (Batch f = new Batch(
                c,
                "owner_follow_up",
                "id",
                "project_id",
                "contacted_at",
                "contact_day",
                "contacted_by",
                "channel",
                "reached",
                "equipment_status",
                "period_days",
                "next_due_date")) {
            for (long project : projectIds) {
                for (LocalDate day = LocalDate.ofInstant(YEAR_START, ZONE).plusDays(random.nextInt(14));
                        day.isBefore(today);
                        day = day.plusDays(12 + random.nextInt(5))) {
                    boolean reached = random.nextInt(8) > 0;
                    f.add(
                            id[0]++,
                            project,
                            Timestamp.from(day.atTime(10, 0).atZone(ZONE).toInstant()),
                            java.sql.Date.valueOf(day),
                            "specialist",
                            "PHONE",
                            reached,
                            reached ? "RUNNING_NORMALLY" : null,
                            reached ? 14 : null,
                            reached ? java.sql.Date.valueOf(day.plusDays(14)) : null);
                    followUps++;
                }
            }
        }
        System.out.printf("(%,d owner follow-ups)%n", followUps);
        String[] types = {"SERVICE_REQUEST", "SERVICE_REQUEST", "CONSULTATION", "FEEDBACK", "COMPLAINT"};
        String[] classes = {"WARRANTY", "WARRANTY", "CONTRACT", "PAID", "HANDOVER_DEFECT"};
        String[] channels = {"PHONE", "FAX", "EMAIL", "HOTLINE", "LETTER", "VISIT"};
        long[] caseIds = new long[cases];
        try (Batch sc = new Batch(
                        c,
                        "service_case",
                        "id",
                        "case_number",
                        "project_id",
                        "channel",
                        "case_type",
                        "reporter_name",
                        "received_at",
                        "description",
                        "major_matter",
                        "service_class",
                        "responsibility",
                        "status",
                        "crisis",
                        "priority_case",
                        "closed_at");
                Batch clocks = new Batch(
                        c,
                        "service_case_clock",
                        "id",
                        "service_case_id",
                        "kind",
                        "started_at",
                        "sla_hours",
                        "paused_seconds",
                        "due_at",
                        "met_at")) {
            for (int i = 0; i < cases; i++) {
                caseIds[i] = id[0]++;
                Instant received = YEAR_START.plusSeconds((long) (random.nextDouble() * YEAR_SECONDS));
                boolean closed = received.isBefore(NOW.minusSeconds(30L * 86_400)) || random.nextInt(3) > 0;
                boolean major = random.nextInt(20) == 0;
                sc.add(
                        caseIds[i],
                        String.format("BM-%07d", i),
                        projectIds[random.nextInt(projects)],
                        channels[random.nextInt(channels.length)],
                        types[random.nextInt(types.length)],
                        "业主值班员",
                        Timestamp.from(received),
                        "曝气风机振动偏大，请派人检查。",
                        major,
                        classes[random.nextInt(classes.length)],
                        "AFTER_SALES_SPECIALIST",
                        closed ? "CLOSED" : "ANSWERED",
                        false,
                        false,
                        closed ? Timestamp.from(received.plusSeconds(86_400L * (1 + random.nextInt(20)))) : null);
                clock(clocks, id, random, caseIds[i], "REPLY", received, 2);
                if (random.nextInt(3) == 0) {
                    clock(clocks, id, random, caseIds[i], "ON_SITE_ARRIVAL", received.plusSeconds(7_200), 72);
                }
                if (major) {
                    clock(clocks, id, random, caseIds[i], "MAJOR_MATTER", received, 24);
                }
            }
        }
        try (Batch cost = new Batch(c, "service_cost", "id", "service_case_id", "category", "description", "amount")) {
            for (int i = 0; i < costLines; i++) {
                cost.add(
                        id[0]++,
                        caseIds[random.nextInt(cases)],
                        categories[random.nextInt(categories.length)],
                        "费用",
                        BigDecimal.valueOf(100 + random.nextInt(20_000), 2));
            }
        }
        System.out.printf("(%,d retention entries, %,d rows in all)%n", retentionEntries, id[0] - FIRST_ID);
        c.commit();
    }

    private static void clock(
            Batch clocks, long[] id, Random random, long caseId, String kind, Instant started, int hours)
            throws SQLException {
        Instant due = started.plusSeconds(hours * 3600L);
        long paused = random.nextInt(5) == 0 ? random.nextInt(3600) : 0;
        Instant met = random.nextInt(10) == 0
                ? null
                : started.plusSeconds(paused + (long) (random.nextDouble() * hours * 3600 * 1.3));
        clocks.add(
                id[0]++,
                caseId,
                kind,
                Timestamp.from(started),
                hours,
                paused,
                Timestamp.from(due),
                met == null ? null : Timestamp.from(met));
    }

    /**
     * One table's batched inserts: the given columns, and every other NOT NULL column without a default (audit
     * stamps, version, flags added by later migrations) filled with a plain value of its type.
     */
    static final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private final int given;
        private final List<Object> fill = new ArrayList<>();
        private int pending;

        Batch(Connection c, String table, String... columns) throws SQLException {
            Map<String, Object> extra = new LinkedHashMap<>();
            List<String> named = List.of(columns);
            try (PreparedStatement p =
                    c.prepareStatement("select column_name, data_type from information_schema.columns"
                            + " where table_schema = ? and table_name = ? and is_nullable = 'NO'"
                            + " and column_default is null order by ordinal_position")) {
                p.setString(1, schema);
                p.setString(2, schema.equals("PUBLIC") ? table.toUpperCase() : table);
                try (ResultSet rows = p.executeQuery()) {
                    while (rows.next()) {
                        String column = rows.getString(1).toLowerCase();
                        if (!named.contains(column)) {
                            extra.put(column, plain(rows.getString(2), column));
                        }
                    }
                }
            }
            List<String> all = new ArrayList<>(named);
            all.addAll(extra.keySet());
            fill.addAll(extra.values());
            given = columns.length;
            statement = c.prepareStatement("insert into " + table + " (" + String.join(", ", all) + ") values ("
                    + String.join(", ", all.stream().map(x -> "?").toList()) + ")");
        }

        private static Object plain(String type, String column) {
            String t = type.toUpperCase();
            if (t.contains("TIMESTAMP")) {
                return Timestamp.from(NOW);
            }
            if (t.contains("DATE")) {
                return java.sql.Date.valueOf(LocalDate.ofInstant(NOW, ZONE));
            }
            if (t.contains("BOOLEAN")) {
                return false;
            }
            if (t.contains("INT") || t.contains("NUMERIC") || t.contains("DECIMAL")) {
                return 0;
            }
            return column.endsWith("_by") ? "benchmark" : "x";
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < given; i++) {
                statement.setObject(i + 1, values[i]);
            }
            for (int i = 0; i < fill.size(); i++) {
                statement.setObject(given + i + 1, fill.get(i));
            }
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
            }
            statement.close();
        }
    }

    // ---- heap ----

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }
}
