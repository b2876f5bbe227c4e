package org.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aftersales.followup.FollowUpCompliance;
import org.aftersales.report.ClockCompliance;
import org.aftersales.report.MonthlyKpi;
import org.aftersales.report.MonthlyReport;
import org.aftersales.retention.LedgerLine;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.RetentionEntryKind;
import org.aftersales.retention.ReturnProcedureFigures;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.Money;
import org.aftersales.survey.SupplierScorecard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The monthly workbook (R-O3) opened with POI. Its KPI is the hand-computed February 2026 of the domain's
 * {@code FixtureMonth} (see {@code MonthlyReportServiceTest}): the summary cells must show exactly those figures.
 */
class MonthlyReportWorkbookTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Map<String, String> ZH = Map.of(
            "report.workbook.sheet.summary", "汇总",
            "report.workbook.sheet.cases", "本月服务单",
            "report.workbook.sheet.costs", "费用计划与实际",
            "report.workbook.sheet.retention", "分包商质保金",
            "report.workbook.sheet.receivables", "工程质保金回收",
            "report.workbook.sheet.compliance", "跟踪与回访",
            "report.workbook.sheet.scorecards", "供应商评分");

    static MonthlyKpi fixtureKpi() {
        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        byType.put(CaseType.SERVICE_REQUEST, 6L);
        byType.put(CaseType.CONSULTATION, 1L);
        byType.put(CaseType.FEEDBACK, 1L);
        byType.put(CaseType.COMPLAINT, 1L);
        Map<ServiceClass, Long> byClass = new EnumMap<>(ServiceClass.class);
        for (ServiceClass serviceClass : ServiceClass.values()) {
            byClass.put(serviceClass, 0L);
        }
        byClass.put(ServiceClass.WARRANTY, 8L);
        byClass.put(ServiceClass.HANDOVER_DEFECT, 1L);
        return new MonthlyKpi(
                YearMonth.of(2026, 2),
                9,
                byType,
                byClass,
                List.of(
                        new ClockCompliance(
                                ClockKind.REPLY,
                                5,
                                3,
                                1,
                                4,
                                new BigDecimal("60.00"),
                                new BigDecimal("16.00"),
                                new BigDecimal("30.00")),
                        new ClockCompliance(
                                ClockKind.MAJOR_MATTER,
                                1,
                                1,
                                0,
                                1,
                                new BigDecimal("100.00"),
                                new BigDecimal("6.00"),
                                new BigDecimal("6.00")),
                        new ClockCompliance(
                                ClockKind.ON_SITE_ARRIVAL,
                                1,
                                1,
                                1,
                                1,
                                new BigDecimal("100.00"),
                                new BigDecimal("64.00"),
                                new BigDecimal("64.00"))),
                1,
                1,
                new BigDecimal("4.50"),
                2,
                new RecoveryRate(Money.of("100000.00"), Money.of("60000.00")),
                new RecoveryRate(Money.of("150000.00"), Money.of("110000.00")),
                new ReturnProcedureFigures(
                        LocalDate.of(2026, 2, 28), 1, 1, 1, Money.of("20000.00"), Money.of("6.58"), 1, Money.ZERO));
    }

    static MonthlyReport fixtureReport() {
        return new MonthlyReport(
                fixtureKpi(),
                List.of(new MonthlyReport.CaseRow(
                        "SC-2026-00001",
                        Instant.parse("2026-01-31T17:00:00Z"),
                        "P-WAR",
                        "污水处理厂 P-WAR",
                        CaseType.SERVICE_REQUEST,
                        ServiceClass.WARRANTY,
                        CaseStatus.ANSWERED,
                        false,
                        false,
                        null)),
                List.of(),
                List.of(),
                List.of(new LedgerLine(
                        1,
                        "P-WAR",
                        "污水处理厂 P-WAR",
                        "磁悬浮风机厂",
                        LocalDate.of(2026, 2, 3),
                        RetentionEntryKind.DEDUCTED,
                        Money.of("1200.00"),
                        "=轴承更换",
                        "SC-2026-00001",
                        null)),
                List.of(new MonthlyReport.RetentionBalance(
                        "P-WAR", "磁悬浮风机厂", Money.of("10000.00"), Money.of("1200.00"), Money.ZERO, Money.of("8800.00"))),
                List.of(new MonthlyReport.ReceivableRow(
                        "P-FEB",
                        "污水处理厂 P-FEB",
                        LocalDate.of(2026, 2, 2),
                        Money.of("100000.00"),
                        Money.of("60000.00"),
                        Money.of("40000.00"),
                        true)),
                List.of(new MonthlyReport.ComplianceRow(
                        new FollowUpCompliance(1, "P-WAR", "污水处理厂 P-WAR", 2, 1, 1, false), 1, 0, false)),
                List.of(new SupplierScorecard(
                        7,
                        "磁悬浮风机厂",
                        new BigDecimal("4.25"),
                        2,
                        1,
                        1,
                        new BigDecimal("12800.00"),
                        new BigDecimal("13.0"),
                        1)));
    }

    private static XSSFWorkbook written(Function<String, String> text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportWorkbook.write(fixtureReport(), text, SHANGHAI, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose first cell shows {@code label}. */
    static Row rowOf(Sheet sheet, String label) {
        return row(sheet, label);
    }

    /** The row whose first cell shows {@code label}. */
    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    private static boolean blank(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK;
    }

    @Test
    @DisplayName(
            "R-O3 the summary sheet shows the KPI of the hand-computed fixture month cell by cell: cases by type and"
                    + " class, SLA % met in time, mean and p90 hours, open crises and complaints, satisfaction, recovery rates")
    void summaryEqualsKpi() throws IOException {
        MonthlyKpi kpi = fixtureKpi();
        try (XSSFWorkbook book = written(key -> key)) {
            Sheet summary = book.getSheetAt(0);
            for (CaseType type : CaseType.values()) {
                assertThat(number(row(summary, "CaseType." + type), 1))
                        .isEqualTo(kpi.casesByType().get(type).doubleValue());
            }
            assertThat(number(row(summary, "report.workbook.casesReceived"), 1)).isEqualTo(9.0);
            assertThat(number(row(summary, "ServiceClass.WARRANTY"), 1)).isEqualTo(8.0);
            assertThat(number(row(summary, "ServiceClass.HANDOVER_DEFECT"), 1)).isEqualTo(1.0);
            for (ClockCompliance clock : kpi.clocks()) {
                Row row = row(summary, "ClockKind." + clock.kind());
                assertThat(number(row, 1)).isEqualTo((double) clock.due());
                assertThat(number(row, 2)).isEqualTo((double) clock.metInTime());
                assertThat(number(row, 3)).isEqualTo(clock.percentMetInTime().doubleValue());
                assertThat(number(row, 4)).isEqualTo((double) clock.metByLateEntry());
                assertThat(number(row, 5)).isEqualTo(clock.meanHoursToMeet().doubleValue());
                assertThat(number(row, 6)).isEqualTo(clock.p90HoursToMeet().doubleValue());
            }
            Row reply = row(summary, "ClockKind.REPLY");
            assertThat(List.of(
                            number(reply, 1),
                            number(reply, 2),
                            number(reply, 3),
                            number(reply, 4),
                            number(reply, 5),
                            number(reply, 6)))
                    .containsExactly(5.0, 3.0, 60.0, 1.0, 16.0, 30.0);
            assertThat(number(row(summary, "ClockKind.ON_SITE_ARRIVAL"), 4))
                    .as("the back-dated arrival: met in time by a late entry")
                    .isEqualTo(1.0);
            assertThat(number(row(summary, "ClockKind.ON_SITE_ARRIVAL"), 5)).isEqualTo(64.0);
            assertThat(row(summary, "report.workbook.clockKind").getCell(4).getStringCellValue())
                    .as("labelled beside the percentage")
                    .isEqualTo("report.workbook.metByLateEntry");
            assertThat(number(row(summary, "report.workbook.crisesOpen"), 1)).isEqualTo(1.0);
            assertThat(number(row(summary, "report.workbook.complaintsOpen"), 1))
                    .isEqualTo(1.0);
            assertThat(number(row(summary, "report.workbook.ownerSatisfaction"), 1))
                    .isEqualTo(4.5);
            Row month = row(summary, "report.workbook.recoveryMonth");
            assertThat(List.of(number(month, 1), number(month, 2), number(month, 3)))
                    .containsExactly(100000.0, 60000.0, 60.0);
            assertThat(number(row(summary, "report.workbook.recoveryYearToDate"), 3))
                    .isEqualTo(73.33);
            assertThat(reply.getCell(3).getCellStyle().getDataFormatString()).contains("%");

            assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts())
                    .singleElement()
                    .satisfies(chart -> assertThat(chart.getChartSeries()).hasSize(1));
        }
    }

    @Test
    @DisplayName(
            "R-C8 R-O3 sheet 5 shows the return procedure figures of the KPI cell by cell: pending, deemed accepted,"
                    + " overdue payments with outstanding and interest, subcontractors' applications to answer, interest owed")
    void receivablesSheetShowsReturnProcedure() throws IOException {
        ReturnProcedureFigures figures = fixtureKpi().returnProcedure();
        try (XSSFWorkbook book = written(key -> key)) {
            Sheet sheet = book.getSheetAt(4);
            assertThat(row(sheet, "report.workbook.returnProcedure.asOf")
                            .getCell(1)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(figures.asOf());
            assertThat(number(row(sheet, "report.workbook.returnProcedure.applicationsPending"), 1))
                    .isEqualTo((double) figures.applicationsPending())
                    .isEqualTo(1.0);
            assertThat(number(row(sheet, "report.workbook.returnProcedure.deemedAcceptances"), 1))
                    .isEqualTo(1.0);
            assertThat(number(row(sheet, "report.workbook.returnProcedure.overduePayments"), 1))
                    .isEqualTo(1.0);
            assertThat(number(row(sheet, "report.workbook.returnProcedure.overdueOutstanding"), 1))
                    .isEqualTo(figures.overdueOutstanding().amount().doubleValue())
                    .isEqualTo(20000.0);
            assertThat(number(row(sheet, "report.workbook.returnProcedure.interestAccrued"), 1))
                    .isEqualTo(figures.interestAccrued().amount().doubleValue())
                    .isEqualTo(6.58);
            assertThat(number(row(sheet, "report.workbook.returnProcedure.subcontractorApplicationsToAnswer"), 1))
                    .isEqualTo(1.0);
            assertThat(number(row(sheet, "report.workbook.returnProcedure.interestOwed"), 1))
                    .isEqualTo(0.0);
        }
    }

    @Test
    @DisplayName("R-O3 seven sheets with the bundle's names (Chinese for a Chinese user), frozen and repeated headers,"
            + " A4 landscape fit to width; typed text that looks like a formula stays text")
    void sheetsAndLayout() throws IOException {
        try (XSSFWorkbook book = written(key -> ZH.getOrDefault(key, key))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(7);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(6)))
                    .containsExactly("汇总", "本月服务单", "供应商评分");
            Sheet cases = book.getSheetAt(1);
            assertThat(cases.getPaneInformation().isFreezePane()).isTrue();
            assertThat(cases.getRow(2).getCell(0).getStringCellValue()).isEqualTo("report.workbook.caseNumber");
            assertThat(cases.getPaneInformation().getHorizontalSplitPosition())
                    .as("frozen under the header row")
                    .isEqualTo((short) 3);
            assertThat(cases.getRow(3).getCell(0).getStringCellValue()).isEqualTo("SC-2026-00001");
            assertThat(cases.getRow(3).getCell(1).getLocalDateTimeCellValue()).hasToString("2026-02-01T01:00");
            for (Sheet sheet : book) {
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            }
            Sheet retention = book.getSheetAt(3);
            Cell cause = retention.getRow(3).getCell(5);
            assertThat(cause.getStringCellValue()).isEqualTo("=轴承更换");
            assertThat(cause.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(number(row(book.getSheetAt(4), "P-FEB"), 5)).isEqualTo(40000.0);
            Row card = book.getSheetAt(6).getRow(3);
            assertThat(card.getCell(1).getStringCellValue()).isEqualTo("磁悬浮风机厂");
            assertThat(number(card, 2)).isEqualTo(4.25);
        }
    }
}
