package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cost plan over the API (R-C1 … R-C3) and its 售后服务费用计划书 workbook, on Payara Micro and PostgreSQL. */
class CostPlanApiIT extends AgainstDeployment {

    private long newProject(LocalDate provisional) {
        String code = "IT-CP-" + (System.nanoTime() % 10000000);
        Api.Reply created = erp().post(
                        "projects",
                        "{\"code\":\"" + code
                                + "\",\"name\":\"费用计划测试水厂\",\"ownerName\":\"费用计划业主\",\"provisionalHandoverDate\":\""
                                + provisional + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName(
            "R-C1 over the API: the specialist creates, plans and submits, the leader approves; GET shows state, dueDate, totals and plan vs actual")
    void planLifecycleOverTheApi() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long projectId = newProject(today.minusDays(5));
        Api specialist = as("specialist");
        String path = "projects/" + projectId + "/cost-plan";

        assertThat(specialist.get(path).status()).as("no plan yet").isEqualTo(404);
        Api.Reply created = specialist.post(path, "");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long version = created.json().getJsonNumber("version").longValue();
        assertThat(created.json().getString("dueDate"))
                .isEqualTo(today.minusDays(5).plusMonths(1).toString());
        Api.Reply planned = specialist.put(
                path + "/lines",
                "{\"version\":" + version + ",\"lines\":["
                        + "{\"category\":\"LABOUR\",\"planned\":\"12000.00\",\"note\":\"2 人 × 10 天\"},"
                        + "{\"category\":\"TRAVEL\",\"planned\":\"3500.50\"}]}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(specialist.post(path + "/approve", "").status())
                .as("the specialist may not approve")
                .isEqualTo(403);
        assertThat(specialist.post(path + "/submit", "").status()).isEqualTo(200);
        Api.Reply approved = as("leader").post(path + "/approve", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        Api.Reply read = erp().get(path);
        assertThat(read.status()).isEqualTo(200);
        JsonObject plan = read.json();
        assertThat(plan.getString("state")).isEqualTo("APPROVED");
        assertThat(plan.getBoolean("inExecution")).isTrue();
        assertThat(plan.getBoolean("overdue")).isFalse();
        assertThat(plan.getJsonObject("totals").getString("planned")).isEqualTo("15500.50");
        assertThat(plan.getJsonObject("totals").getString("actual")).isEqualTo("0.00");
        assertThat(plan.getJsonObject("totals").getString("variance")).isEqualTo("15500.50");
        assertThat(plan.getJsonArray("lines")).hasSize(6);
        assertThat(plan.getJsonArray("lines").getJsonObject(0).getString("category"))
                .isEqualTo("LABOUR");
        assertThat(plan.getString("submittedBy")).contains("王售后");
        assertThat(plan.getString("decidedAt")).endsWith("Z");

        Api.Reply supplement = specialist.post(
                path + "/supplements",
                "{\"category\":\"SPARE_PARTS\",\"amount\":\"800.00\","
                        + "\"reason\":\"备件\",\"justification\":\"密封件损坏\"}");
        assertThat(supplement.status()).as(supplement.toString()).isEqualTo(201);
        long supplementId = supplement
                .json()
                .getJsonArray("supplements")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(as("leader")
                        .post(path + "/supplements/" + supplementId + "/approve", "")
                        .status())
                .as("R-C2 the special approval is the general manager's")
                .isEqualTo(403);
        Api.Reply gm = as("gm").post(path + "/supplements/" + supplementId + "/approve", "");
        assertThat(gm.status()).as(gm.toString()).isEqualTo(200);
        assertThat(gm.json().getJsonObject("totals").getString("budget")).isEqualTo("16300.50");
    }

    /** A call registered on the project 3 hours ago: its path under /api. */
    private String registeredCase(long projectId) {
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":" + projectId
                                + ",\"channel\":\"HOTLINE\",\"type\":\"SERVICE_REQUEST\",\"reporterName\":\"钱科长\",\"receivedAt\":\""
                                + java.time.Instant.now().minus(java.time.Duration.ofHours(3))
                                + "\",\"description\":\"加药泵泄漏\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return "cases/" + registered.json().getJsonNumber("id");
    }

    @Test
    @DisplayName(
            "R-C2 over the API: a booking beyond the approved budget is flagged on the cost line, on the plan and in the specialist's and GM's list")
    void bookingBeyondTheApprovedBudget() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long projectId = newProject(today.minusDays(5));
        Api specialist = as("specialist");
        String path = "projects/" + projectId + "/cost-plan";
        long version = specialist.post(path, "").json().getJsonNumber("version").longValue();
        specialist.put(
                path + "/lines",
                "{\"version\":" + version + ",\"lines\":[{\"category\":\"OTHER\",\"planned\":\"100.00\"}]}");
        assertThat(specialist.post(path + "/submit", "").status()).isEqualTo(200);
        assertThat(as("leader").post(path + "/approve", "").status()).isEqualTo(200);
        String costs = registeredCase(projectId) + "/costs";

        JsonObject within = as("engineer")
                .post(costs, "{\"category\":\"OTHER\",\"description\":\"资料费\",\"amount\":\"60.00\"}")
                .json();
        Api.Reply over =
                as("engineer").post(costs, "{\"category\":\"OTHER\",\"description\":\"通讯费\",\"amount\":\"40.01\"}");

        assertThat(within.get("planDeviation")).as("within the budget").isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(over.status()).as(over.toString()).isEqualTo(201);
        assertThat(over.json().getString("planDeviation")).isEqualTo("OVER_APPROVED_BUDGET");
        assertThat(over.json().getString("planNote")).isEqualTo("100.01 > 100.00");
        long overId = over.json().getJsonNumber("id").longValue();
        JsonObject plan = as("gm").get(path).json();
        assertThat(plan.getJsonArray("flaggedCosts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getJsonNumber("id").longValue())
                .containsExactly(overId);
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(as("specialist")
                                .get("costs/plan-deviations?limit=500")
                                .body()))
                        .readArray()
                        .getValuesAs(JsonObject.class))
                .extracting(c -> c.getJsonNumber("id").longValue())
                .contains(overId);
    }

    @Test
    @DisplayName(
            "R-C1 over the API: a cost booked after the due date before approval is flagged on the line and the plan; a late submission is marked submittedLate")
    void costsBeforeApprovalAndLateSubmission() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate provisional = today.minusMonths(2);
        long projectId = newProject(provisional);
        Api specialist = as("specialist");
        String path = "projects/" + projectId + "/cost-plan";
        JsonObject created = specialist.post(path, "").json();
        assertThat(created.getString("dueDate"))
                .isEqualTo(provisional.plusMonths(1).toString());
        specialist.put(
                path + "/lines",
                "{\"version\":" + created.getJsonNumber("version")
                        + ",\"lines\":[{\"category\":\"OTHER\",\"planned\":\"100.00\"}]}");

        JsonObject cost = as("engineer")
                .post(
                        registeredCase(projectId) + "/costs",
                        "{\"category\":\"OTHER\",\"description\":\"资料费\",\"amount\":\"10.00\"}")
                .json();
        assertThat(cost.getString("planDeviation")).isEqualTo("BOOKED_BEFORE_APPROVAL");
        assertThat(cost.getString("planNote")).isEqualTo(today + " > " + provisional.plusMonths(1) + " · DRAFT");

        JsonObject submitted = specialist.post(path + "/submit", "").json();
        assertThat(submitted.getBoolean("submittedLate")).isTrue();
        assertThat(submitted.getBoolean("overdue")).isFalse();
        assertThat(submitted.getJsonArray("flaggedCosts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("planDeviation"))
                .containsExactly("BOOKED_BEFORE_APPROVAL");
    }

    @Test
    @DisplayName(
            "R-C1 GET cost-plan: 404 for an unknown project, 403 for a role without the permission, 422 for an illegal transition")
    void statusCodes() {
        long projectId = newProject(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2));
        String path = "projects/" + projectId + "/cost-plan";
        assertThat(as("specialist").post(path, "").status()).isEqualTo(201);

        assertThat(erp().get("projects/999999999/cost-plan").status()).isEqualTo(404);
        assertThat(as("design").get(path).status()).isEqualTo(403);
        Api.Reply early = as("leader").post(path + "/approve", "");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        Api.Reply empty = as("specialist").inEnglish().post(path + "/submit", "");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().getString("detail")).contains("Plan at least one amount");
    }

    @Test
    @DisplayName(
            "R-C1 GET /reports/cost-plan/{projectId}.xlsx: an xlsx with an encoded file name, formula totals with their values, the drafter by name")
    void workbookDownload() throws Exception {
        long projectId = newProject(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        Api specialist = as("specialist");
        long version = specialist
                .post("projects/" + projectId + "/cost-plan", "")
                .json()
                .getJsonNumber("version")
                .longValue();
        specialist.put(
                "projects/" + projectId + "/cost-plan/lines",
                "{\"version\":" + version
                        + ",\"lines\":[{\"category\":\"OTHER\",\"planned\":\"100.00\",\"note\":\"=SUM(A1)\"}]}");

        HttpResponse<byte[]> response = download("reports/cost-plan/" + projectId + ".xlsx", "specialist", "zh-CN");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=")
                .contains("filename*=UTF-8''%E5%94%AE%E5%90%8E"); // 售后…
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("售后服务费用计划书");
            Row totals = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null
                        && row.getCell(0).getCellType() == CellType.STRING
                        && "合计".equals(row.getCell(0).getStringCellValue())) {
                    totals = row;
                }
            }
            assertThat(totals).isNotNull();
            assertThat(totals.getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(totals.getCell(1).getCellFormula()).startsWith("SUM(B");
            // issue 18: the formula carries its value (a spreadsheet that never recalculates shows it) and the
            // drafter is the person's display name, not the login
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(100.00);
            Row drafted = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null
                        && row.getCell(0).getCellType() == CellType.STRING
                        && "编制人".equals(row.getCell(0).getStringCellValue())) {
                    drafted = row;
                }
            }
            assertThat(drafted).isNotNull();
            assertThat(drafted.getCell(1).getStringCellValue()).isEqualTo("王售后（售后服务专责）");
        }
        assertThat(download("reports/cost-plan/999999999.xlsx", "specialist", "zh-CN")
                        .statusCode())
                .isEqualTo(404);
        assertThat(download("reports/cost-plan/" + projectId + ".xlsx", "design", "zh-CN")
                        .statusCode())
                .isEqualTo(403);
    }
}
