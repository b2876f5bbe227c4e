package org.aftersales.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The archive of the monthly reports (R-O3): one report per month, however many instances generate it. */
class MonthlyReportArchiverTest extends ArchiveJobFixture {

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private static MonthlyReportArchiver archiver(EntityManager em) {
        MonthlyReportArchiver archiver = new MonthlyReportArchiver();
        archiver.archive = archive(em);
        return archiver;
    }

    private static MonthlyReportArchive.Workbook workbook(String by) {
        return new MonthlyReportArchive.Workbook("售后服务月报 2026-02.xlsx", by.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("R-O3 the monthly job archives a month once: a second run finds it archived and generates nothing")
    void secondRunDoesNothing() {
        AtomicInteger generated = new AtomicInteger();
        MonthlyReportArchiver archiver = archiver(database.em());

        boolean first = archiver.archiveOnce(FEBRUARY, () -> {
            generated.incrementAndGet();
            return workbook("first");
        });
        boolean second = archiver.archiveOnce(FEBRUARY, () -> {
            generated.incrementAndGet();
            return workbook("second");
        });

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(generated).hasValue(1);
        assertThat(database.count("monthly_report")).isEqualTo(1);
        ArchivedMonthlyReport stored = database.inTransaction(() -> database.em()
                .createQuery("select r from ArchivedMonthlyReport r", ArchivedMonthlyReport.class)
                .getSingleResult());
        assertThat(stored.getMonth()).isEqualTo(FEBRUARY);
        assertThat(new String(stored.getContent(), StandardCharsets.UTF_8)).isEqualTo("first");
        assertThat(stored.getGeneratedAt()).isEqualTo(FixtureMonth.CLOCK.instant());
    }

    @Test
    @DisplayName("R-O3 triggered concurrently twice (two instances' timers), the month is archived once: the unique key"
            + " refuses the second insert and the loser keeps nothing")
    void concurrentRunsArchiveOnce() throws Exception {
        CyclicBarrier bothGenerated = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (String instance : List.of("A", "B")) {
                Callable<Boolean> run = () -> {
                    EntityManager em = database.newEntityManager();
                    try {
                        // Both have looked (nothing archived yet) and generated before either inserts.
                        return archiver(em).archiveOnce(FEBRUARY, () -> {
                            try {
                                bothGenerated.await(10, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return workbook(instance);
                        });
                    } finally {
                        em.close();
                    }
                };
                runs.add(pool.submit(run));
            }
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> outcome : runs) {
                outcomes.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
            assertThat(database.count("monthly_report")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
