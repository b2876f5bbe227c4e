package org.aftersales.reports;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.aftersales.reports.RegisterWorkbook.Column;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Benchmark command (not a test, issues 4 and 14): writes 1 M subcontractor-retention register rows with
 * {@link RegisterWorkbook} and the same rows with fastexcel (the near-floor reference) in the same run, alternating,
 * five rounds each after a warm-up, and prints per round and for the best round the time, the time to the first byte,
 * rows/s, peak heap and the file size, and the ratio of the best times. Run in a 256 MB heap:
 * {@code mvn -B -pl service-reports -am -Pbenchmark -DskipTests verify}. Target (issue 14): RegisterWorkbook within 1.5×
 * fastexcel's time at 1 M rows (best of 5), first byte within 2 s, heap ≤ 256 MB, no temporary files left.
 */
public final class RegisterExportBenchmark {

    private static final String[] SUPPLIERS = {
        "江苏环保设备制造有限公司", "上海磁悬浮风机股份有限公司", "杭州自控系统工程有限公司", "武汉水泵机电有限公司", "南京电气成套设备有限公司"
    };
    private static final String[] CAUSES = {"鼓风机轴承损坏，更换费用由供货商承担", "潜水泵机械密封磨损进水", "变频器模块烧毁更换", "溶解氧仪表漂移，更换探头"};

    private static final int ROUNDS = 5;

    private RegisterExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "max heap %d MB, %d processors, load average %.1f%n",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long tempBefore = poiTempFiles();
        // warm-up: both writers, 100 k rows, not counted
        measure(100_000, RegisterExportBenchmark::writeWithRegister);
        measure(100_000, RegisterExportBenchmark::writeWithFastexcel);
        Result bestRegister = null;
        Result bestFast = null;
        for (int round = 1; round <= ROUNDS; round++) {
            Result register = measure(rows, RegisterExportBenchmark::writeWithRegister);
            Result fast = measure(rows, RegisterExportBenchmark::writeWithFastexcel);
            print("round " + round, rows, register, fast);
            bestRegister =
                    bestRegister == null || register.seconds() < bestRegister.seconds() ? register : bestRegister;
            bestFast = bestFast == null || fast.seconds() < bestFast.seconds() ? fast : bestFast;
        }
        print("best of " + ROUNDS, rows, bestRegister, bestFast);
        System.out.printf(
                Locale.ROOT,
                "ratio RegisterWorkbook / fastexcel (best of %d): %.2f× (target ≤ 1.5×); POI temp files left: %d%n",
                ROUNDS,
                bestRegister.seconds() / bestFast.seconds(),
                poiTempFiles() - tempBefore);
    }

    private static void print(String label, int rows, Result register, Result fast) {
        System.out.printf(
                Locale.ROOT,
                "%-10s %,9d rows  RegisterWorkbook %6.2f s (first byte %5.3f s) %,10.0f rows/s peak heap %4d MB %5.1f MB"
                        + " | fastexcel %6.2f s (first byte %5.3f s) %,10.0f rows/s peak heap %4d MB %5.1f MB | %.2f×%n",
                label,
                rows,
                register.seconds(),
                register.firstByteSeconds(),
                rows / register.seconds(),
                register.peakHeapMb(),
                register.fileMb(),
                fast.seconds(),
                fast.firstByteSeconds(),
                rows / fast.seconds(),
                fast.peakHeapMb(),
                fast.fileMb(),
                register.seconds() / fast.seconds());
    }

    interface Writer {
        void write(int rows, OutputStream out) throws IOException;
    }

    record Result(double seconds, double firstByteSeconds, long peakHeapMb, double fileMb) {}

    /** Notes when the first byte reaches the file. */
    private static final class FirstByte extends FilterOutputStream {
        private final long start;
        private long firstAt;

        FirstByte(OutputStream out, long start) {
            super(out);
            this.start = start;
        }

        @Override
        public void write(int b) throws IOException {
            mark();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                mark();
            }
            out.write(b, off, len);
        }

        private void mark() {
            if (firstAt == 0) {
                firstAt = System.nanoTime();
            }
        }

        double seconds() {
            return firstAt == 0 ? Double.NaN : (firstAt - start) / 1e9;
        }
    }

    private static Result measure(int rows, Writer writer) throws IOException {
        Path file = Files.createTempFile("register-benchmark", ".xlsx");
        try {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            FirstByte first;
            // unbuffered at the front: the first byte is noted when the writer hands it over, as a servlet would send
            // it
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    FirstByte counting = new FirstByte(out, start)) {
                first = counting;
                writer.write(rows, counting);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(seconds, first.seconds(), peakHeapMb(), Files.size(file) / 1048576.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void writeWithRegister(int rows, OutputStream out) {
        RegisterWorkbook register = RegisterWorkbook.open(
                out,
                "分包商质保金",
                "设备供货厂商质保金管理登记表",
                List.of(
                        Column.text("项目编号", RegisterWorkbook.displayWidth(code(996))),
                        Column.text("分包商", RegisterWorkbook.displayWidth(SUPPLIERS[1])),
                        Column.date("日期"),
                        Column.text("类别", 4),
                        Column.money("金额", BigDecimal.valueOf(10_000_000_000L, 2)),
                        Column.text("原因", RegisterWorkbook.displayWidth(CAUSES[0])),
                        Column.money("余额", BigDecimal.valueOf(5_000_000_000_000L, 2))),
                "合计");
        for (int i = 0; i < rows; i++) {
            register.addRow(
                    code(i),
                    SUPPLIERS[i % SUPPLIERS.length],
                    day(i),
                    "扣除",
                    amount(i),
                    CAUSES[i % CAUSES.length],
                    balance(i));
        }
        register.finish();
    }

    private static void writeWithFastexcel(int rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Aftersales", "1.0");
        Worksheet sheet = workbook.newWorksheet("分包商质保金");
        String[] headers = {"项目编号", "分包商", "日期", "类别", "金额", "原因", "余额"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        for (int i = 0; i < rows; i++) {
            int r = i + 1;
            sheet.value(r, 0, code(i));
            sheet.value(r, 1, SUPPLIERS[i % SUPPLIERS.length]);
            sheet.value(r, 2, day(i));
            sheet.style(r, 2).format("yyyy-mm-dd").set();
            sheet.value(r, 3, "扣除");
            sheet.value(r, 4, amount(i));
            sheet.style(r, 4).format("\"¥\"#,##0.00").set();
            sheet.value(r, 5, CAUSES[i % CAUSES.length]);
            sheet.value(r, 6, balance(i));
            sheet.style(r, 6).format("\"¥\"#,##0.00").set();
            if (r % 10_000 == 0) {
                sheet.flush();
            }
        }
        sheet.formula(rows + 1, 4, "SUM(E2:E" + (rows + 1) + ")");
        workbook.finish();
    }

    private static String code(int i) {
        return "WTP-2026-" + (i % 997);
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2024, 1, 1).plusDays(i % 1000);
    }

    private static BigDecimal amount(int i) {
        return BigDecimal.valueOf(100_000 + (i * 37L) % 900_000, 2);
    }

    private static BigDecimal balance(int i) {
        return BigDecimal.valueOf(5_000_000 - (i * 13L) % 4_000_000, 2);
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

    private static long poiTempFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.walk(tmp, 2)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf"))
                    .count();
        }
    }
}
