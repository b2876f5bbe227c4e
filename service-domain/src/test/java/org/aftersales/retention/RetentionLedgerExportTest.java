package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The retention registers' export reads (R-O3): one cursor over the ledger, the widths and totals aggregated first. */
class RetentionLedgerExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private Project project;
    private RetentionService engineering;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("retention-export");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        project = ProjectFixtures.projectInWarranty(database, "WTP-RET", east);
        engineering = service(new TestCaller(null, Role.ENGINEERING));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private RetentionService service(Caller caller) {
        RetentionService service = new RetentionService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database.em(), caller);
        service.clock = CLOCK;
        service.changeLog = new ChangeLog(service.em, CLOCK);
        service.holidays = org.aftersales.policy.PolicyFixturesCalendar.holidayCalendarService(database.em(), caller);
        return service;
    }

    private void hold(String firm, String amount) {
        hold(firm, amount, LocalDate.of(2026, 3, 1));
    }

    /** Holds {@code amount} from a new firm, the movement dated {@code on} (the day the service's clock shows). */
    private void hold(String firm, String amount, LocalDate on) {
        Subcontractor subcontractor = database.saved(new Subcontractor(firm, SubcontractorKind.EQUIPMENT_SUPPLIER));
        RetentionService service = service(new TestCaller(null, Role.ENGINEERING));
        service.clock = Clock.fixed(on.atTime(10, 0).atZone(CLOCK.getZone()).toInstant(), CLOCK.getZone());
        service.changeLog = new ChangeLog(
                service.em, Clock.fixed(on.atTime(10, 0).atZone(CLOCK.getZone()).toInstant(), CLOCK.getZone()));
        database.inTransaction(() -> service.holdFromSubcontractor(
                project.getId(), subcontractor.getId(), Money.of(amount), LocalDate.of(2027, 3, 1), null));
    }

    @Test
    @DisplayName(
            "R-O3 the monthly report's ledger: the month's movements and the balances up to its end are filtered and summed by the database")
    void monthFilteredAndSummedByTheDatabase() {
        hold("磁悬浮风机厂", "1000.00", LocalDate.of(2026, 2, 10));
        hold("ABB Motors", "23456.78", LocalDate.of(2026, 3, 31));
        hold("武汉水泵", "500.00", LocalDate.of(2026, 4, 1));

        List<LedgerLine> march = database.inTransaction(
                () -> engineering.ledgerBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(march).extracting(LedgerLine::subcontractorName).containsExactly("ABB Motors");

        List<RetentionService.LedgerSums> february =
                database.inTransaction(() -> engineering.ledgerSumsUpTo(LocalDate.of(2026, 2, 28)));
        assertThat(february).hasSize(1);
        assertThat(february.get(0).subcontractorName()).isEqualTo("磁悬浮风机厂");
        assertThat(february.get(0).of(RetentionEntryKind.HELD)).isEqualTo(Money.of("1000.00"));
        assertThat(february.get(0).of(RetentionEntryKind.DEDUCTED)).isEqualTo(Money.ZERO);

        List<RetentionService.LedgerSums> march31 =
                database.inTransaction(() -> engineering.ledgerSumsUpTo(LocalDate.of(2026, 3, 31)));
        assertThat(march31)
                .extracting(RetentionService.LedgerSums::subcontractorName, l -> l.of(RetentionEntryKind.HELD))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("磁悬浮风机厂", Money.of("1000.00")),
                        org.assertj.core.groups.Tuple.tuple("ABB Motors", Money.of("23456.78")));
    }

    @Test
    @DisplayName("R-O3 the ledger export reads every movement from one cursor, in entry order")
    void ledgerFromOneCursor() {
        hold("磁悬浮风机厂", "1000.00");
        hold("ABB Motors", "23456.78");

        List<LedgerLine> lines = new ArrayList<>();
        database.inTransaction(() -> engineering.forEachLedgerLine(lines::add));

        assertThat(lines)
                .extracting(LedgerLine::subcontractorName, LedgerLine::kind, LedgerLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("磁悬浮风机厂", RetentionEntryKind.HELD, Money.of("1000.00")),
                        org.assertj.core.groups.Tuple.tuple(
                                "ABB Motors", RetentionEntryKind.HELD, Money.of("23456.78")));
        assertThat(lines.get(0).entryId()).isLessThan(lines.get(1).entryId());
        assertThat(lines).extracting(LedgerLine::projectCode).containsOnly("WTP-RET");
    }

    @Test
    @DisplayName(
            "R-O3 the ledger's widest texts (East Asian Width: full-width 2, half-width 1) and amounts come from one database aggregate")
    void extentFromTheDatabase() {
        hold("磁悬浮风机厂", "1000.00");
        hold("ABB Motors", "23456.78");

        LedgerExtent extent = database.inTransaction(engineering::ledgerExtent);

        assertThat(extent.rows()).isEqualTo(2);
        assertThat(extent.projectCode()).isEqualTo(7); // WTP-RET
        assertThat(extent.projectName()).isEqualTo(18); // 污水处理厂 WTP-RET: 5 × 2 + 8
        assertThat(extent.subcontractorName()).isEqualTo(12); // 磁悬浮风机厂 (6 × 2) is wider than ABB Motors (10)
        assertThat(extent.caseNumber()).isZero();
        // the sum 1 000.00 + 23 456.78 is the widest figure of the held column
        assertThat(extent.widest(RetentionEntryKind.HELD)).isEqualByComparingTo("24456.78");
        assertThat(extent.widest(RetentionEntryKind.DEDUCTED)).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("R-O3 the project register's widest texts and amounts come from one database aggregate")
    void projectRegisterExtent() {
        RetentionService finance = service(new TestCaller(null, Role.FINANCE));
        database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null));

        ProjectRegisterExtent extent = database.inTransaction(finance::projectRegisterExtent);

        assertThat(extent.rows()).isEqualTo(1);
        assertThat(extent.projectName()).isEqualTo(18);
        assertThat(extent.ownerName()).isEqualTo(12); // 业主 WTP-RET: 2 × 2 + 1 + 7
        assertThat(extent.invoiceNumber()).isZero();
        assertThat(extent.widestAmount()).isEqualByComparingTo("30000.00");
    }

    @Test
    @DisplayName("R-C5 R-O3 issue 14: the project register export reads every retention from one cursor, in id order,"
            + " with the figures and the overdue state (R-C8) the retention itself gives")
    void projectRegisterFromOneCursor() {
        Clock later = Clock.fixed(Instant.parse("2029-06-01T02:00:00Z"), CLOCK.getZone());
        RetentionService finance = service(new TestCaller(null, Role.FINANCE));
        finance.clock = later;
        Project second = ProjectFixtures.projectInWarranty(database, "WTP-RET2", null);
        ProjectRetention applied = database.inTransaction(
                () -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null));
        ProjectRetention quiet =
                database.inTransaction(() -> finance.recordProjectRetention(second.getId(), Money.of("12.50"), null));
        database.inTransaction(() -> finance.applyForReturn(
                applied.getId(), LocalDate.of(2029, 5, 2), LocalDate.of(2029, 5, 3), ReturnChannel.LETTER));
        // No answer within 14 days, the reminder unanswered too: deemed accepted, then the payment term runs out.
        database.inTransaction(
                () -> finance.recordReminder(applied.getId(), LocalDate.of(2029, 5, 20), LocalDate.of(2029, 5, 21)));
        LocalDate asOf = LocalDate.of(2029, 12, 31);

        List<ProjectRegisterLine> lines = new ArrayList<>();
        database.inTransaction(() -> finance.forEachProjectRegisterLine(asOf, lines::add));

        assertThat(lines).extracting(ProjectRegisterLine::id).containsExactly(applied.getId(), quiet.getId());
        for (ProjectRegisterLine line : lines) {
            ProjectRetention retention = database.inTransaction(() -> finance.findProjectRetention(line.id()));
            assertThat(line.projectCode()).isEqualTo(retention.getProject().getCode());
            assertThat(line.ownerName())
                    .isEqualTo(retention.getProject().getOwner().getName());
            assertThat(line.amount()).isEqualTo(retention.getAmount());
            assertThat(line.outstanding()).isEqualTo(retention.outstanding());
            assertThat(line.dueDate()).isEqualTo(retention.getDueDate());
            assertThat(line.percentOfContractPrice()).isEqualTo(retention.percentOfContractPrice());
            assertThat(line.aboveStatutoryMaximum()).isEqualTo(retention.isAboveStatutoryMaximum());
            assertThat(line.overdue())
                    .as(line.projectCode())
                    .isEqualTo(database.inTransaction(() -> finance.isOverdue(retention, asOf)));
        }
        ProjectRetention first = database.inTransaction(() -> finance.findProjectRetention(applied.getId()));
        assertThat(lines.get(0).overdue())
                .as("deemed accepted and not paid by its payment due date: "
                        + database.inTransaction(() -> finance.returnStatus(first, asOf)) + " due "
                        + first.getDueDate())
                .isTrue();
        assertThat(lines.get(1).overdue()).isFalse();
    }
}
