package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.reports.LibreOfficeView;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly report to the general manager (R-O3) through the REST API on Payara Micro and PostgreSQL. The month is
 * the one two years before today's, when WTP-2023-001 was in warranty and nothing else happened: the cases are
 * registered and worked through the API, each act dated in that month — so each is a late entry, with its reason — and
 * the figures are worked out by hand.
 */
class MonthlyReportApiIT extends AgainstDeployment {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.now(SHANGHAI).minusMonths(24);

    /** 10:00 Shanghai on {@code day} of the month, plus {@code hours}. */
    private static Instant day(int day, long hours) {
        return MONTH.atDay(day).atTime(10, 0).atZone(SHANGHAI).toInstant().plus(Duration.ofHours(hours));
    }

    /** Why every act of this month two years back is entered only now (Robustness: a claim older than 24 h). */
    private static final String LATE = "\"lateReason\":\"两年前的纸质记录补录\"";

    private long register(long projectId, String type, Instant receivedAt, boolean majorMatter) {
        Api.Reply reply = erp().post(
                        "cases",
                        "{\"projectId\":" + projectId + ",\"channel\":\"PHONE\",\"type\":\"" + type
                                + "\",\"reporterName\":\"黄经理\",\"receivedAt\":\"" + receivedAt + "\","
                                + "\"description\":\"鼓风机出口压力波动\",\"majorMatter\":" + majorMatter + "," + LATE
                                + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void act(long caseId, String act, Instant at, String reason) {
        Api.Reply reply = erp().post(
                        "cases/" + caseId + "/" + act,
                        "{\"at\":\"" + at + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "," + LATE
                                + "}");
        assertThat(reply.status()).as(act + " " + reply).isEqualTo(200);
    }

    /**
     * R-S6: the specialist proposes {@code engineer2} and the division leader approves; the window lies years back so
     * that it never collides with another test's booking of the engineer.
     */
    private void dispatch(long caseId, Instant proposedAt, Instant approvedAt) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long engineer2 = engineerId("engineer2");
        Instant from = now.minus(java.time.Duration.ofDays(2000));
        Api.Reply proposed = as("specialist")
                .post(
                        "cases/" + caseId + "/dispatch-proposal",
                        "{\"engineerIds\":[" + engineer2 + "],\"plannedFrom\":\"" + from + "\",\"plannedTo\":\""
                                + from.plusSeconds(4 * 3600) + "\",\"at\":\"" + proposedAt + "\"," + LATE + "}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        Api.Reply approved = as("leader")
                .post(
                        "cases/" + caseId + "/dispatch-approval",
                        "{\"approve\":true,\"at\":\"" + approvedAt + "\"," + LATE + "}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        // R-S7: the visit agreed with the owner before the arrival.
        Api.Reply agreed = as("engineer2")
                .post(
                        "cases/" + caseId + "/visit-agreement",
                        "{\"agreedArrivalAt\":\"" + approvedAt + "\",\"ownerCooperation\":\"业主安排运行人员配合\",\"at\":\""
                                + approvedAt + "\"," + LATE + "}");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    }

    private static JsonObject clock(JsonObject kpi, String kind) {
        return kpi.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + kpi));
    }

    private static BigDecimal number(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    @DisplayName("R-O3 GET /kpi/{yyyy-MM} gives the month's figures worked out by hand for cases made through the API:"
            + " cases by type and class, SLA % met in time and how many of those rest on a late entry, mean and"
            + " p90 hours net of pauses, open crises and complaints")
    void monthOfApiCases() {
        long plant = projectId("WTP-2023-001");
        long quick = register(plant, "SERVICE_REQUEST", day(5, 0), false);
        act(quick, "reply", day(5, 10), null); // REPLY in time, 10 h
        long slow = register(plant, "SERVICE_REQUEST", day(6, 0), false);
        act(slow, "reply", day(6, 30), null); // REPLY late, 30 h
        long complaint = register(plant, "COMPLAINT", day(7, 0), true);
        act(complaint, "reply", day(7, 2), null); // REPLY in time, 2 h
        act(complaint, "leader-report", day(7, 5), null); // MAJOR_MATTER met at 5 h
        act(complaint, "on-site-confirmation", day(7, 6), null); // arrival due in 72 h
        act(complaint, "pause", day(7, 10), "业主要求延后");
        act(complaint, "resume", day(8, 10), null); // 24 h paused
        dispatch(complaint, day(8, 11), day(8, 12)); // R-S6: dispatched before arrival
        act(complaint, "arrival", day(9, 18), null); // 60 h − 24 h = 36 h net
        long question = register(plant, "CONSULTATION", day(8, 0), false);
        act(question, "crisis", day(8, 1), null);

        Api.Reply reply = erp().get("kpi/" + MONTH);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject kpi = reply.json();
        assertThat(kpi.getString("month")).isEqualTo(MONTH.toString());
        assertThat(kpi.getInt("casesReceived")).isEqualTo(4);
        JsonObject byType = kpi.getJsonObject("casesByType");
        assertThat(byType.getInt("SERVICE_REQUEST")).isEqualTo(2);
        assertThat(byType.getInt("COMPLAINT")).isEqualTo(1);
        assertThat(byType.getInt("CONSULTATION")).isEqualTo(1);
        assertThat(byType.getInt("FEEDBACK")).isZero();
        assertThat(kpi.getJsonObject("casesByClass").getInt("WARRANTY")).isEqualTo(4);
        assertThat(kpi.getJsonObject("casesByClass").getInt("PAID")).isZero();

        JsonObject replies = clock(kpi, "REPLY");
        assertThat(replies.getInt("due")).isEqualTo(3);
        assertThat(replies.getInt("metInTime")).isEqualTo(2);
        assertThat(number(replies, "percentMetInTime")).isEqualByComparingTo("66.67");
        assertThat(replies.getInt("metByLateEntry"))
                .as("both replies in time were entered two years late; the late reply is not counted")
                .isEqualTo(2);
        assertThat(number(replies, "meanHoursToMeet")).isEqualByComparingTo("14.00");
        assertThat(number(replies, "p90HoursToMeet")).isEqualByComparingTo("30.00");
        JsonObject major = clock(kpi, "MAJOR_MATTER");
        assertThat(major.getInt("due")).isEqualTo(1);
        assertThat(number(major, "percentMetInTime")).isEqualByComparingTo("100");
        assertThat(major.getInt("metByLateEntry")).isEqualTo(1);
        assertThat(number(major, "meanHoursToMeet")).isEqualByComparingTo("5.00");
        JsonObject arrival = clock(kpi, "ON_SITE_ARRIVAL");
        assertThat(arrival.getInt("metInTime")).isEqualTo(1);
        assertThat(arrival.getInt("metByLateEntry")).isEqualTo(1);
        assertThat(number(arrival, "meanHoursToMeet")).isEqualByComparingTo("36.00");
        assertThat(number(arrival, "p90HoursToMeet")).isEqualByComparingTo("36.00");

        assertThat(kpi.getInt("crisesOpen")).isEqualTo(1);
        assertThat(kpi.getInt("complaintsOpen")).isEqualTo(1);
        assertThat(kpi.containsKey("ownerSatisfaction") && !kpi.isNull("ownerSatisfaction"))
                .isFalse();

        // The recovery rate is the R-C5 figure of the same periods.
        JsonObject yearToDate = erp().get("kpi/retention-recovery-rate?from="
                        + MONTH.withMonth(1).atDay(1) + "&to=" + MONTH.atEndOfMonth())
                .json();
        assertThat(kpi.getJsonObject("retentionRecoveryYearToDate").getString("due"))
                .isEqualTo(yearToDate.getString("due"));
        assertThat(kpi.getJsonObject("retentionRecoveryMonth").getString("collected"))
                .matches("\\d+\\.\\d{2}");

        // R-C8: the return procedure as it stood at that month's end — no application had been received by then.
        JsonObject procedure = kpi.getJsonObject("returnProcedure");
        assertThat(procedure.getString("asOfDate"))
                .isEqualTo(MONTH.atEndOfMonth().toString());
        assertThat(procedure.getInt("applicationsPending")).isZero();
        assertThat(procedure.getInt("deemedAcceptances")).isZero();
        assertThat(procedure.getString("interestAccrued")).isEqualTo("0.00");
        assertThat(procedure.getString("interestOwed")).isEqualTo("0.00");
    }

    @Test
    @DisplayName(
            "R-O3 GET /kpi/{yyyy-MM}: a malformed or future month is a 422 problem; a project department is refused")
    void badMonthAndAccess() {
        for (String month : new String[] {
            "2026-13", "lastmonth", YearMonth.now(SHANGHAI).plusMonths(1).toString()
        }) {
            Api.Reply bad = erp().get("kpi/" + month);
            assertThat(bad.status()).as(month + " " + bad).isEqualTo(422);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("month");
        }
        assertThat(as("project").get("kpi/" + MONTH).status()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-O3 GET /reports/monthly/{yyyy-MM}.xlsx: seven sheets in the caller's language whose summary shows the"
                    + " figures of GET /kpi/{yyyy-MM}; a bad month is a 422 problem, a project department is refused")
    void workbookEqualsKpi() throws Exception {
        JsonObject kpi = erp().get("kpi/" + MONTH).json();

        HttpResponse<byte[]> response = download("reports/monthly/" + MONTH + ".xlsx", "gm", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains(MONTH.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet summary = workbook.getSheetAt(0);
            assertThat(labelled(summary, "Cases received").getCell(1).getNumericCellValue())
                    .isEqualTo(kpi.getInt("casesReceived"));
            assertThat(labelled(summary, "Crises open").getCell(1).getNumericCellValue())
                    .isEqualTo(kpi.getInt("crisesOpen"));
            Row clockHeader = labelled(summary, "Clock");
            assertThat(clockHeader.getCell(4).getStringCellValue())
                    .as("beside the percentage, translated")
                    .isEqualTo("of which met by a late entry");
            String[] kinds = {"REPLY", "MAJOR_MATTER", "ON_SITE_ARRIVAL"};
            for (int i = 0; i < kinds.length; i++) {
                Row row = summary.getRow(clockHeader.getRowNum() + 1 + i);
                JsonObject clock = clock(kpi, kinds[i]);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(clock.getInt("due"));
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(clock.getInt("metInTime"));
                if (clock.containsKey("percentMetInTime") && !clock.isNull("percentMetInTime")) {
                    assertThat(row.getCell(3).getNumericCellValue())
                            .isEqualTo(number(clock, "percentMetInTime").doubleValue());
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(clock.getInt("metByLateEntry"));
                    assertThat(row.getCell(6).getNumericCellValue())
                            .isEqualTo(number(clock, "p90HoursToMeet").doubleValue());
                }
            }
        }
        assertThat(download("reports/monthly/2026-00.xlsx", "gm", "en").statusCode())
                .isEqualTo(422);
        assertThat(download("reports/monthly/" + MONTH + ".xlsx", "project", "en")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("R-O3 issue 18 item 2: the monthly workbook served in Chinese and English, opened in LibreOffice"
            + " without recalculation, shows the figures of GET /kpi/{yyyy-MM} (cases, SLA per clock, recovery"
            + " rates) and every case of the month in the database; every header is whole, no figure is ###")
    void workbookShownWithoutRecalculation(@TempDir Path folder) throws Exception {
        YearMonth month = MONTH.minusMonths(1);
        long plant = projectId("WTP-2023-001");
        Instant received = month.atDay(12).atTime(9, 0).atZone(SHANGHAI).toInstant();
        long request = registerIn(plant, "SERVICE_REQUEST", received);
        act(request, "reply", received.plus(Duration.ofHours(5)), null);
        long question = registerIn(plant, "CONSULTATION", received.plus(Duration.ofHours(1)));
        act(question, "reply", received.plus(Duration.ofHours(30)), null);
        JsonObject kpi = erp().get("kpi/" + month).json();
        List<String> numbers = caseNumbersInDatabase(month);
        assertThat(numbers).hasSize(kpi.getInt("casesReceived")).hasSizeGreaterThanOrEqualTo(2);

        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<byte[]> response = download("reports/monthly/" + month + ".xlsx", "gm", language);
            assertThat(response.statusCode()).isEqualTo(200);
            Path file = folder.resolve("monthly-" + language + ".xlsx");
            Files.write(file, response.body());

            String shown = LibreOfficeView.shownText(file, folder.resolve(language));

            List<String> lines = shown.lines().toList();
            String casesReceivedLabel = language.equals("en") ? "Cases received" : "受理服务单合计";
            assertThat(lines).as(language).contains(casesReceivedLabel + " " + kpi.getInt("casesReceived"));
            assertThat(shown)
                    .as(language + ": every case of the month in the database")
                    .contains(numbers);
            assertThat(shown).as(language).doesNotContain("###");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                Sheet summary = workbook.getSheetAt(0);
                Row clockHeader = summary.getRow(labelledRow(summary, language.equals("en") ? "Clock" : "时钟"));
                String[] kinds = {"REPLY", "MAJOR_MATTER", "ON_SITE_ARRIVAL"};
                for (int i = 0; i < kinds.length; i++) {
                    String label = summary.getRow(clockHeader.getRowNum() + 1 + i)
                            .getCell(0)
                            .getStringCellValue();
                    assertThat(lines).as(language + " " + kinds[i]).contains(clockLine(label, clock(kpi, kinds[i])));
                }
                JsonObject recovery = kpi.getJsonObject("retentionRecoveryMonth");
                String rate =
                        !present(recovery, "rate") ? "" : " " + TWO_DECIMALS.format(number(recovery, "rate")) + "%";
                assertThat(shown)
                        .as(language + ": the month's recovery")
                        .contains("¥" + TWO_DECIMALS.format(new BigDecimal(recovery.getString("due"))) + " ¥"
                                + TWO_DECIMALS.format(new BigDecimal(recovery.getString("collected"))) + rate);
                String shownWithoutSpaces = shown.replaceAll("\\s+", "");
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (org.apache.poi.ss.usermodel.Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING
                                    && cell.getCellStyle().getFillPattern()
                                            == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
                                assertThat(shownWithoutSpaces)
                                        .as(language + ", " + sheet.getSheetName() + ": header shown whole")
                                        .contains(cell.getStringCellValue().replaceAll("\\s+", ""));
                            }
                        }
                    }
                }
            }
        }
    }

    private static final java.text.DecimalFormat TWO_DECIMALS = new java.text.DecimalFormat("#,##0.00");

    /** The summary's row of a clock as LibreOffice shows it: label, due, in time, %, late entries, mean, p90. */
    private static String clockLine(String label, JsonObject clock) {
        StringBuilder line = new StringBuilder(label)
                .append(' ')
                .append(clock.getInt("due"))
                .append(' ')
                .append(clock.getInt("metInTime"));
        if (present(clock, "percentMetInTime")) {
            line.append(' ')
                    .append(TWO_DECIMALS.format(number(clock, "percentMetInTime")))
                    .append("%");
        }
        line.append(' ').append(clock.getInt("metByLateEntry"));
        for (String hours : new String[] {"meanHoursToMeet", "p90HoursToMeet"}) {
            if (present(clock, hours)) {
                line.append(' ').append(TWO_DECIMALS.format(number(clock, hours)));
            }
        }
        return line.toString();
    }

    private static boolean present(JsonObject object, String field) {
        return object.containsKey(field) && !object.isNull(field);
    }

    /** A case received at {@code receivedAt}, entered now (a late entry, with its reason). */
    private long registerIn(long projectId, String type, Instant receivedAt) {
        return register(projectId, type, receivedAt, false);
    }

    /** The numbers of the cases received in {@code month} (Shanghai), read from the database. */
    private static List<String> caseNumbersInDatabase(YearMonth month) throws Exception {
        Instant from = month.atDay(1).atStartOfDay(SHANGHAI).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        List<String> numbers = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT case_number FROM service_case WHERE received_at >= ? AND received_at < ? ORDER BY 1")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    numbers.add(result.getString(1));
                }
            }
        }
        return numbers;
    }

    private static int labelledRow(Sheet sheet, String label) {
        return labelled(sheet, label).getRowNum();
    }

    private static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).getCellType() == CellType.STRING
                    && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
