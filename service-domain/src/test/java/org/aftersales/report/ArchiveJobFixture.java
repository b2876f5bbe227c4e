package org.aftersales.report;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.Optional;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The monthly report archive as the scheduled job uses it (R-O3): a freshly migrated database for every test, and the
 * archive on an entity manager of the test's choosing (one per simulated instance) with each step the job takes in a
 * transaction of its own, as {@code @Transactional} runs it in the container. Shared by the archiver and the mailing
 * tests.
 */
abstract class ArchiveJobFixture {

    TestDatabase database;

    @BeforeEach
    void migrate() {
        database = TestDatabase.migrated(getClass().getSimpleName());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The archive on {@code em}, each step in a transaction of its own as {@code @Transactional} would run it. */
    static MonthlyReportArchive archive(EntityManager em) {
        MonthlyReportArchive archive = new MonthlyReportArchive() {
            @Override
            public boolean isArchived(YearMonth month) {
                return TestDatabase.inTransaction(em, () -> super.isArchived(month));
            }

            @Override
            public ArchivedMonthlyReport insert(YearMonth month, Workbook workbook) {
                return TestDatabase.inTransaction(em, () -> super.insert(month, workbook));
            }

            @Override
            public boolean claimMailing(YearMonth month) {
                return TestDatabase.inTransaction(em, () -> super.claimMailing(month));
            }

            @Override
            public void releaseMailing(YearMonth month) {
                TestDatabase.inTransaction(em, () -> {
                    super.releaseMailing(month);
                    return null;
                });
            }

            @Override
            public Optional<Workbook> workbook(YearMonth month) {
                return TestDatabase.inTransaction(em, () -> super.workbook(month));
            }
        };
        archive.em = em;
        archive.clock = FixtureMonth.CLOCK;
        archive.changeLog = new ChangeLog(archive.em, FixtureMonth.CLOCK);
        return archive;
    }
}
