package org.aftersales.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The archive page's side of the monthly report archive (R-O3): the list, and the general manager's regeneration. */
class MonthlyReportArchiveTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final Instant LATER = Instant.parse("2026-03-20T01:00:00Z");

    private TestDatabase database;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("monthlyarchivepage");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private MonthlyReportArchive archive(Role role, Clock clock) {
        MonthlyReportArchive archive = new MonthlyReportArchive();
        archive.em = database.em();
        archive.caller = new TestCaller(null, role);
        archive.clock = clock;
        archive.changeLog = new ChangeLog(archive.em, clock);
        return archive;
    }

    private static MonthlyReportArchive.Workbook workbook(String content) {
        return new MonthlyReportArchive.Workbook("售后服务月报.xlsx", content.getBytes(StandardCharsets.UTF_8));
    }

    private void archivedByTheJob() {
        MonthlyReportArchive job = archive(Role.GENERAL_MANAGER, FixtureMonth.CLOCK);
        CurrentUser.runAs(
                CurrentUser.SYSTEM,
                () -> database.inTransaction(() -> {
                    job.insert(JANUARY, workbook("january"));
                    job.insert(FEBRUARY, workbook("february by the job"));
                }));
    }

    @Test
    @DisplayName(
            "R-O3 the archive lists each month with when and by whom it was generated, mailed or not, and its size,"
                    + " newest first")
    void list() {
        archivedByTheJob();

        Page<MonthlyReportArchive.Entry> page = database.inTransaction(
                () -> archive(Role.DIVISION_LEADER, FixtureMonth.CLOCK).list(new PageRequest(0, 10, null, false)));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(MonthlyReportArchive.Entry::month).containsExactly("2026-02", "2026-01");
        MonthlyReportArchive.Entry february = page.items().get(0);
        assertThat(february.generatedBy()).isEqualTo(CurrentUser.SYSTEM);
        assertThat(february.generatedAt()).isEqualTo(FixtureMonth.CLOCK.instant());
        assertThat(february.mailedAt()).isNull();
        assertThat(february.size()).isEqualTo("february by the job".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    @DisplayName("R-O3 the general manager regenerates an archived month: the workbook, time and name are replaced, the"
            + " mailing record kept; a month not archived yet is archived")
    void regenerate() {
        archivedByTheJob();
        MonthlyReportArchive job = archive(Role.GENERAL_MANAGER, FixtureMonth.CLOCK);
        assertThat(database.inTransaction(() -> job.claimMailing(FEBRUARY))).isTrue();
        MonthlyReportArchive gm = archive(Role.GENERAL_MANAGER, Clock.fixed(LATER, ZoneId.of("Asia/Shanghai")));

        CurrentUser.runAs(
                "gm",
                () -> database.inTransaction(() -> {
                    gm.replace(FEBRUARY, workbook("february again"));
                    gm.replace(YearMonth.of(2026, 3), workbook("march"));
                }));

        database.em().clear();
        ArchivedMonthlyReport february =
                database.inTransaction(() -> gm.find(FEBRUARY).orElseThrow());
        assertThat(new String(february.getContent(), StandardCharsets.UTF_8)).isEqualTo("february again");
        assertThat(february.getGeneratedAt()).isEqualTo(LATER);
        assertThat(february.getGeneratedBy()).isEqualTo("gm");
        assertThat(february.getContentSize()).isEqualTo("february again".length());
        assertThat(february.getMailedAt()).isEqualTo(FixtureMonth.CLOCK.instant());
        assertThat(database.inTransaction(() -> gm.find(YearMonth.of(2026, 3)))).isPresent();
        assertThat(database.count("monthly_report")).isEqualTo(3);
    }

    @Test
    @DisplayName("R-O3 only the general manager regenerates: the division leader, who may read the archive, is refused")
    void onlyTheGeneralManagerRegenerates() {
        archivedByTheJob();
        MonthlyReportArchive leader = archive(Role.DIVISION_LEADER, FixtureMonth.CLOCK);

        assertThatThrownBy(() -> database.inTransaction(() -> leader.replace(FEBRUARY, workbook("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new String(
                        database.inTransaction(() -> leader.find(FEBRUARY))
                                .orElseThrow()
                                .getContent(),
                        StandardCharsets.UTF_8))
                .isEqualTo("february by the job");
    }
}
