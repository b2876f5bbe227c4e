package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The REST API and persistence on Payara Micro against PostgreSQL: migrations, projects, security, record-level
 * access, optimistic locking and the audit trail — black-box, through HTTP, with the database checked over JDBC.
 */
class ApiIT extends AgainstDeployment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static String uniqueCode(String prefix) {
        return prefix + "-" + (System.currentTimeMillis() % 100000) + "-" + SEQUENCE.incrementAndGet();
    }

    private static String projectJson(
            String code, String ownerName, String provisional, String formal, Integer warrantyMonths) {
        return "{\"code\":\"" + code + "\",\"name\":\"测试水厂 " + code + "\",\"ownerName\":\"" + ownerName + "\","
                + "\"site\":\"江苏省南京市\",\"settledContractPrice\":\"1000000.00\","
                + (provisional == null ? "" : "\"provisionalHandoverDate\":\"" + provisional + "\",")
                + (formal == null ? "" : "\"formalHandoverDate\":\"" + formal + "\",")
                + (warrantyMonths == null ? "" : "\"warrantyMonths\":" + warrantyMonths + ",")
                + "\"contractNumber\":\"HT-" + code + "\"}";
    }

    @Test
    @DisplayName(
            "R-L1 POST /projects derives phase and warrantyEnd (2025-03-01 + 12 months → 2026-03-01); GET reads it back")
    void createProjectDerivesPhaseAndWarrantyEnd() {
        Api erp = erp();
        String code = uniqueCode("IT-L1");

        Api.Reply created = erp.post("projects", projectJson(code, "南京水务集团", "2024-12-01", "2025-03-01", 12));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject project = created.json();
        assertThat(project.getString("warrantyEnd")).isEqualTo("2026-03-01");
        assertThat(project.getString("phase")).isEqualTo("POST_WARRANTY");
        assertThat(project.getString("settledContractPrice")).isEqualTo("1000000.00");
        assertThat(created.header("Location"))
                .endsWith("/api/projects/" + project.getJsonNumber("id").longValue());

        Api.Reply read = erp.get("projects/" + project.getJsonNumber("id").longValue());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("code")).isEqualTo(code);
        assertThat(read.json().getString("ownerName")).isEqualTo("南京水务集团");
    }

    @Test
    @DisplayName(
            "R-L1 phase on today's date: formal handover a month ago is WARRANTY, provisional only is PROVISIONAL_HANDOVER")
    void phaseIsJudgedOnToday() {
        Api erp = erp();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

        JsonObject warranty = erp.post(
                        "projects",
                        projectJson(
                                uniqueCode("IT-W"),
                                "业主甲",
                                today.minusMonths(3).toString(),
                                today.minusMonths(1).toString(),
                                null))
                .json();
        JsonObject trial = erp.post(
                        "projects",
                        projectJson(
                                uniqueCode("IT-P"), "业主甲", today.minusDays(3).toString(), null, null))
                .json();
        JsonObject construction = erp.post("projects", projectJson(uniqueCode("IT-C"), "业主甲", null, null, null))
                .json();

        assertThat(warranty.getString("phase")).isEqualTo("WARRANTY");
        assertThat(warranty.getInt("warrantyMonths")).as("policy default").isEqualTo(12);
        assertThat(trial.getString("phase")).isEqualTo("PROVISIONAL_HANDOVER");
        assertThat(construction.getString("phase")).isEqualTo("IN_CONSTRUCTION");
        assertThat(construction.containsKey("warrantyEnd") && !construction.isNull("warrantyEnd"))
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-L1 formal handover before provisional handover → 422 naming the field, message in Chinese or English")
    void inconsistentDatesAreRefused() {
        String body = projectJson(uniqueCode("IT-BAD"), "业主乙", "2025-03-01", "2025-02-01", 12);

        Api.Reply chinese = erp().post("projects", body);
        Api.Reply english = erp().inEnglish().post("projects", body);

        assertThat(chinese.status()).isEqualTo(422);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        JsonObject error = chinese.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("formalHandoverDate");
        assertThat(error.getString("message")).contains("正式移交生产日期");
        assertThat(english.json().getString("detail")).contains("Formal handover (2025-02-01)");
        assertThat(erp().get("projects?q=IT-BAD").json().getInt("total")).isZero();
    }

    @Test
    @DisplayName("R-L1 an owner of the given name is reused, not created twice")
    void ownerIsReusedByName() throws SQLException {
        Api erp = erp();
        String owner = "复用业主 " + uniqueCode("O");

        assertThat(erp.post("projects", projectJson(uniqueCode("IT-O"), owner, null, null, null))
                        .status())
                .isEqualTo(201);
        assertThat(erp.post("projects", projectJson(uniqueCode("IT-O"), owner, null, null, null))
                        .status())
                .isEqualTo(201);

        assertThat(count("SELECT COUNT(*) FROM owner WHERE name = ?", owner)).isEqualTo(1);
    }

    @Test
    @DisplayName("API 400 for a body that is not JSON or has a wrong type, 422 for a malformed amount, never 500")
    void badInputIsAClientError() {
        Api erp = erp();

        assertThat(erp.post("projects", "{not json").status()).isEqualTo(400);
        assertThat(erp.post("projects", "{\"code\":\"X\",\"formalHandoverDate\":\"yesterday\"}")
                        .status())
                .isEqualTo(400);
        assertThat(erp.post("projects", "{\"code\":\"X\",\"warrantyMonths\":\"many\"}")
                        .status())
                .isEqualTo(400);
        Api.Reply money = erp.post(
                "projects",
                "{\"code\":\"" + uniqueCode("IT-M")
                        + "\",\"name\":\"n\",\"ownerName\":\"o\",\"settledContractPrice\":\"12.345\"}");
        assertThat(money.status()).isEqualTo(422);
        assertThat(money.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("settledContractPrice");
        assertThat(erp.get("projects/999999999").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R-O1 401 without or with wrong credentials, the same answer for an unknown user and a wrong password")
    void unauthenticatedCallsAreRefused() {
        Api.Reply none = Api.anonymous(base).get("projects");
        Api.Reply unknown = Api.as(base, "nobody-" + uniqueCode("u"), "x").get("projects");
        Api.Reply wrong = Api.as(base, "finance", "wrong-password").get("projects");

        assertThat(none.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(none.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(none.header("Set-Cookie")).as("no session for API calls").isNull();
    }

    @Test
    @DisplayName("Robustness: the API's 401 is problem+json in the caller's language (需要身份验证 / Authentication"
            + " required), with CSP and nosniff")
    void unauthorizedSpeaksTheCallersLanguage() {
        Api.Reply chinese = Api.anonymous(base).get("projects");
        Api.Reply english = Api.anonymous(base).inEnglish().get("projects");
        Api.Reply englishWrong =
                Api.as(base, "nobody-" + uniqueCode("u"), "x").inEnglish().get("projects");

        for (Api.Reply reply : List.of(chinese, english, englishWrong)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().getInt("status")).isEqualTo(401);
            assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(chinese.json().getString("title")).isEqualTo("需要身份验证");
        assertThat(english.json().getString("title")).isEqualTo("Authentication required");
        assertThat(englishWrong.json().getString("title")).isEqualTo("Authentication required");
    }

    @Test
    @DisplayName("Robustness 429: after 30 failed authentications from one address within 5 minutes (the default) that"
            + " address gets 429 problem+json with Retry-After (1–300 s) on the API, even with the right password, and"
            + " 429 on the login form; calls without credentials and other addresses are unaffected")
    void failedAuthenticationsPerAddressAreLimited() {
        FromAddress stranger = FromAddress.random(base);
        String nobody = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("nobody-" + uniqueCode("u") + ":guess").getBytes(StandardCharsets.UTF_8));
        String erp =
                "Basic " + java.util.Base64.getEncoder().encodeToString("erp:erp".getBytes(StandardCharsets.UTF_8));
        for (int attempt = 1; attempt <= 30; attempt++) {
            FromAddress.Reply refused = stranger.send("GET", "api/health", Map.of("Authorization", nobody), null);
            assertThat(refused.status())
                    .as("failure " + attempt + " from " + stranger.address())
                    .isEqualTo(401);
        }

        FromAddress.Reply limited =
                stranger.send("GET", "api/health", Map.of("Authorization", erp, "Accept-Language", "en"), null);
        assertThat(limited.status()).as(limited.body()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(limited.body()).contains("\"status\":429", "Too many requests");
        assertThat(limited.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        FromAddress.Reply limitedZh =
                stranger.send("GET", "api/projects", Map.of("Authorization", erp, "Accept-Language", "zh-CN"), null);
        assertThat(limitedZh.status()).isEqualTo(429);
        assertThat(limitedZh.body()).contains("请求过多");

        // Without credentials: still the plain 401, not counted, not limited.
        assertThat(stranger.send("GET", "api/health", Map.of(), null).status()).isEqualTo(401);

        // The login form from that address: 429 with Retry-After, even for a right password.
        FromAddress.Reply page = stranger.send("GET", "login.xhtml", Map.of(), null);
        assertThat(page.status()).isEqualTo(200);
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                        "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(viewState.find()).isTrue();
        String cookie = page.header("Set-Cookie").split(";")[0];
        String form = "login=login&login%3Ausername=specialist&login%3Apassword=specialist&login%3Asubmit=&"
                + "jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        FromAddress.Reply login = stranger.send(
                "POST",
                "login.xhtml",
                Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded", "Accept-Language", "en"),
                form);
        assertThat(login.status()).isEqualTo(429);
        assertThat(Long.parseLong(login.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(login.body()).as("the login page's own language").contains("此地址登录失败次数过多");

        // Everyone else calls on.
        assertThat(erp().get("health").status()).isEqualTo(200);
        assertThat(Portal.login(base, "specialist").get("/index.xhtml").statusCode())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("Robustness: /openapi lists a case's clock, the monthly report's clock, a cost-plan line and a"
            + " quotation line as four distinct schemas, each with its own fields")
    void openApiSchemasDoNotClash() throws Exception {
        java.net.http.HttpResponse<String> document = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                                .header("Accept", "application/json")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonObject schemas = jakarta.json.Json.createReader(new java.io.StringReader(document.body()))
                .readObject()
                .getJsonObject("components")
                .getJsonObject("schemas");

        assertThat(properties(schemas, "CaseClockDto"))
                .contains("kind", "dueAt", "metAt", "pausedSeconds")
                .doesNotContain("percentMetInTime", "due");
        assertThat(properties(schemas, "KpiClockDto"))
                .contains("kind", "due", "percentMetInTime", "metByLateEntry")
                .doesNotContain("pausedSeconds", "dueAt");
        assertThat(properties(schemas, "CostPlanLineDto"))
                .contains("category", "planned", "budget", "variance")
                .doesNotContain("lineNo", "vatRate");
        assertThat(properties(schemas, "QuotationLineDto"))
                .contains("lineNo", "description", "cost", "price", "vatRate")
                .doesNotContain("planned", "budget");
        assertThat(schemas.keySet()).doesNotContain("ClockDto", "LineDto");
    }

    private static java.util.Set<String> properties(JsonObject schemas, String name) {
        assertThat(schemas.keySet()).as("schemas of /openapi").contains(name);
        return schemas.getJsonObject(name).getJsonObject("properties").keySet();
    }

    @Test
    @DisplayName("R-O1 role × endpoint: each role gets 2xx where allowed and 403 where not")
    void roleByEndpoint() {
        Map<String, int[]> expected = Map.of(
                // user: {GET /projects, POST /projects, GET /health}
                "specialist", new int[] {200, 201, 200},
                "engineer", new int[] {200, 403, 200},
                "leader", new int[] {200, 403, 200},
                "gm", new int[] {200, 403, 200},
                "engineering", new int[] {200, 201, 200},
                "design", new int[] {200, 403, 200},
                "project", new int[] {200, 201, 200},
                "finance", new int[] {200, 403, 200},
                "admin", new int[] {403, 403, 200},
                "erp", new int[] {200, 201, 200});
        List<String> mismatches = new ArrayList<>();
        expected.forEach((user, statuses) -> {
            Api api = Api.as(base, user, user);
            int list = api.get("projects?size=5").status();
            int create = api.post("projects", projectJson(uniqueCode("IT-R"), "角色测试业主", null, null, null))
                    .status();
            int health = api.get("health").status();
            if (list != statuses[0] || create != statuses[1] || health != statuses[2]) {
                mismatches.add(user + ": got " + list + "/" + create + "/" + health);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    @DisplayName("R-O1 record-level access: a PROJECT_DEPT user sees and edits only its own department's projects")
    void projectDepartmentSeesOnlyItsOwnProjects() throws SQLException {
        Api project = as("project");
        long ownDepartment = number("SELECT department_id FROM app_user WHERE username = 'project'");
        long otherProject = number("SELECT p.id FROM project p JOIN department d ON d.id = p.project_department_id"
                + " WHERE d.id <> " + ownDepartment + " ORDER BY p.id LIMIT 1");

        JsonObject page = project.get("projects?size=500").json();
        assertThat(page.getInt("total")).isPositive();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(
                        p -> assertThat(p.getJsonNumber("projectDepartmentId").longValue())
                                .isEqualTo(ownDepartment));
        assertThat(project.get("projects/" + otherProject).status()).isEqualTo(404);
        assertThat(project.put("projects/" + otherProject, "{\"version\":1,\"name\":\"x\",\"ownerName\":\"y\"}")
                        .status())
                .isEqualTo(404);

        JsonObject created = project.post("projects", projectJson(uniqueCode("IT-D"), "项目部业主", null, null, null))
                .json();
        assertThat(created.getJsonNumber("projectDepartmentId").longValue())
                .as("placed in the creator's own department")
                .isEqualTo(ownDepartment);
        assertThat(as("specialist").get("projects/" + otherProject).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Optimistic locking: a PUT with a stale version → 409 and the newer change is kept")
    void staleVersionIsRefused() {
        Api erp = erp();
        String code = uniqueCode("IT-V");
        JsonObject created = erp.post("projects", projectJson(code, "锁测试业主", null, null, null))
                .json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();

        Api.Reply first =
                erp.put("projects/" + id, "{\"version\":" + version + ",\"name\":\"第一次修改\",\"ownerName\":\"锁测试业主\"}");
        Api.Reply second = erp.put(
                "projects/" + id, "{\"version\":" + version + ",\"name\":\"第二次修改（过期）\",\"ownerName\":\"锁测试业主\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("detail")).contains("erp");
        assertThat(erp.get("projects/" + id).json().getString("name")).isEqualTo("第一次修改");
    }

    @Test
    @DisplayName("PUT ignores fields the caller may not set (id, phase, warrantyEnd)")
    void derivedFieldsAreIgnoredOnUpdate() {
        Api erp = erp();
        JsonObject created = erp.post(
                        "projects", projectJson(uniqueCode("IT-I"), "业主丙", "2024-12-01", "2025-03-01", 12))
                .json();
        long id = created.getJsonNumber("id").longValue();

        JsonObject updated = erp.put(
                        "projects/" + id,
                        "{\"version\":" + created.getJsonNumber("version")
                                + ",\"id\":1,\"name\":\"改名\",\"ownerName\":\"业主丙\",\"phase\":\"WARRANTY\",\"warrantyEnd\":\"2099-01-01\","
                                + "\"provisionalHandoverDate\":\"2024-12-01\",\"formalHandoverDate\":\"2025-03-01\"}")
                .json();

        assertThat(updated.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(updated.getString("phase")).isEqualTo("POST_WARRANTY");
        assertThat(updated.getString("warrantyEnd")).isEqualTo("2026-03-01");
        assertThat(updated.getString("name")).isEqualTo("改名");
    }

    @Test
    @DisplayName("Audit trail: create and update write who, when, entity, field, old → new in the same transaction")
    void auditRowsAreWritten() throws SQLException {
        Api specialist = as("specialist");
        JsonObject created = specialist
                .post("projects", projectJson(uniqueCode("IT-A"), "审计业主", null, null, null))
                .json();
        long id = created.getJsonNumber("id").longValue();
        String oldName = created.getString("name");
        specialist.put(
                "projects/" + id,
                "{\"version\":" + created.getJsonNumber("version") + ",\"name\":\"审计后的名称\",\"ownerName\":\"审计业主\"}");

        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT action, field, old_value, new_value, changed_by"
                        + " FROM audit_entry WHERE entity_type = 'Project' AND entity_id = ? ORDER BY id")) {
            query.setLong(1, id);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|"
                            + result.getString(4) + "|" + result.getString(5));
                }
            }
            assertThat(rows)
                    .contains("CREATE|null|null|null|specialist", "UPDATE|name|" + oldName + "|审计后的名称|specialist");
        }
    }

    @Test
    @DisplayName("Migrations apply on PostgreSQL and the health endpoint reports the database")
    void migrationsApplyOnPostgresql() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = ?", true))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = ?", false))
                .isZero();

        Api.Reply health = erp().get("health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("database")).isEqualTo("UP");
    }

    @Test
    @DisplayName("R-O1 lockout: after 5 failed Basic logins even the right password is refused for a while")
    void repeatedFailuresLockTheAccount() throws java.sql.SQLException {
        try {
            assertThat(as("project2").get("projects?size=1").status()).isEqualTo(200);
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(Api.as(base, "project2", "wrong-" + attempt)
                                .get("projects?size=1")
                                .status())
                        .isEqualTo(401);
            }

            assertThat(as("project2").get("projects?size=1").status()).isEqualTo(401);
        } finally {
            // The lock lasts 15 minutes and the test classes share one database: lift it, as the administrator's
            // password reset would, so that other tests (RobustnessIT's other department) can log in as project2.
            try (java.sql.Connection connection = TestDatabase.connect()) {
                connection
                        .createStatement()
                        .executeUpdate("UPDATE app_user SET locked_until = NULL, failed_logins = 0"
                                + " WHERE username = 'project2'");
            }
        }
    }

    @Test
    @DisplayName("API the OpenAPI document describes the endpoints")
    void openApiDocumentIsServed() throws Exception {
        URL root = new URL(base, "/openapi");
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(root.toURI()).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "/api/projects",
                        "/api/cases",
                        "/api/health",
                        "/api/subcontractor-retentions/{id}/quality-costs",
                        "/api/quality-costs/{id}/confirmation");
    }

    @Test
    @DisplayName(
            "R-O1 security headers on pages: CSP with frame-ancestors, no MIME sniffing, no caching; no stack traces")
    void securityHeaders() throws Exception {
        java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(new URL(base, "login.xhtml").toURI())
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(login.body()).contains("售后服务管理").doesNotContain("at org.", "Caused by");
        Api.Reply notJson = erp().post("projects", "[1,2");
        assertThat(notJson.body()).doesNotContain("Exception", "at org.");
    }

    /** A fresh project in its warranty period, with a subcontractor's retention of 50000.00 held on it. */
    private record Held(long project, String path) {}

    private Held retentionOf50000(Api erp) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long project = erp.post(
                        "projects",
                        projectJson(
                                uniqueCode("IT-RC4"),
                                "质保金业主",
                                today.minusMonths(3).toString(),
                                today.minusMonths(1).toString(),
                                12))
                .json()
                .getJsonNumber("id")
                .longValue();
        long subcontractor = erp.post(
                        "subcontractors", "{\"name\":\"" + uniqueCode("风机厂") + "\",\"kind\":\"EQUIPMENT_SUPPLIER\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply held = erp.post(
                "subcontractor-retentions",
                "{\"projectId\":" + project + ",\"subcontractorId\":" + subcontractor
                        + ",\"heldAmount\":\"50000.00\",\"releaseDate\":\"" + today.plusMonths(13) + "\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return new Held(project, "subcontractor-retentions/" + held.json().getJsonNumber("id"));
    }

    private static long caseOf(Api erp, long project) {
        Api.Reply registered = erp.post(
                "cases",
                "{\"projectId\":" + project + ",\"channel\":\"HOTLINE\",\"type\":\"FEEDBACK\","
                        + "\"reporterName\":\"运行班长\",\"description\":\"鼓风机轴承异响，温度偏高\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().getJsonNumber("id").longValue();
    }

    private static String qualityCostJson(String amount, String cause, Long caseId) {
        return "{\"amount\":\"" + amount + "\",\"cause\":\"" + cause + "\""
                + (caseId == null ? "" : ",\"caseId\":" + caseId) + "}";
    }

    private static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName(
            "R-C4 quality costs over the API: the ERP registers one for after-sales (recorded on its behalf), specialist and engineer in their own names; nothing deducted yet; GET one and the retention's list")
    void qualityCostRegisteredByErpOnBehalfOfAfterSales() {
        Api erp = erp();
        Held held = retentionOf50000(erp);
        long serviceCase = caseOf(erp, held.project());

        Api.Reply byErp = erp.post(
                held.path() + "/quality-costs", qualityCostJson("12000.50", "鼓风机轴承损坏，更换费用由供货商承担", serviceCase));
        Api.Reply bySpecialist =
                as("specialist").post(held.path() + "/quality-costs", qualityCostJson("800.00", "密封件渗漏，更换", null));
        Api.Reply byEngineer =
                as("engineer").post(held.path() + "/quality-costs", qualityCostJson("150.00", "阀门执行器更换", serviceCase));

        assertThat(byErp.status()).as(byErp.toString()).isEqualTo(201);
        assertThat(byErp.header("Location")).endsWith("/api/quality-costs/" + id(byErp));
        JsonObject sent = byErp.json();
        assertThat(sent.getString("amount")).isEqualTo("12000.50");
        assertThat(sent.getString("state")).isEqualTo("REGISTERED");
        assertThat(sent.getString("registeredBy")).isEqualTo("erp");
        assertThat(sent.getString("onBehalfOf")).isEqualTo("AFTER_SALES");
        assertThat(sent.getJsonNumber("caseId").longValue()).isEqualTo(serviceCase);
        assertThat(sent.getString("caseNumber")).startsWith("SC-");
        assertThat(bySpecialist.status()).as(bySpecialist.toString()).isEqualTo(201);
        assertThat(bySpecialist.json().getString("registeredBy")).isEqualTo("specialist");
        assertThat(bySpecialist.json().containsKey("onBehalfOf")
                        && !bySpecialist.json().isNull("onBehalfOf"))
                .as("after-sales registers in its own name")
                .isFalse();
        assertThat(byEngineer.status()).as(byEngineer.toString()).isEqualTo(201);
        assertThat(as("engineer").get("quality-costs/" + id(byEngineer)).json().getString("registeredBy"))
                .isEqualTo("engineer");

        JsonObject read = erp.get("quality-costs/" + id(byErp)).json();
        assertThat(read.getString("registeredBy")).isEqualTo("erp");
        assertThat(read.getString("onBehalfOf")).isEqualTo("AFTER_SALES");
        assertThat(read.getString("cause")).isEqualTo("鼓风机轴承损坏，更换费用由供货商承担");
        JsonObject list = erp.get(held.path() + "/quality-costs").json();
        assertThat(list.getInt("total")).isEqualTo(3);
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getJsonNumber("id").longValue())
                .as("newest first")
                .containsExactly(id(byEngineer), id(bySpecialist), id(byErp));
        JsonObject retention = erp.get(held.path()).json();
        assertThat(retention.getString("deducted"))
                .as("registered, not deducted")
                .isEqualTo("0.00");
        assertThat(retention.getString("balance")).isEqualTo("50000.00");
    }

    @Test
    @DisplayName(
            "R-C4 a quality cost's caseId must exist and belong to the retention's project: another project's case or an unknown one is 422 naming caseId, nothing registered")
    void qualityCostCaseOfTheRetentionsProject() {
        Api erp = erp();
        Held held = retentionOf50000(erp);
        Held elsewhere = retentionOf50000(erp);
        long otherProjectsCase = caseOf(erp, elsewhere.project());

        Api.Reply otherProject =
                erp.post(held.path() + "/quality-costs", qualityCostJson("100.00", "轴承更换", otherProjectsCase));
        Api.Reply unknown =
                erp.inEnglish().post(held.path() + "/quality-costs", qualityCostJson("100.00", "轴承更换", 987654321L));

        assertThat(otherProject.status()).as(otherProject.toString()).isEqualTo(422);
        assertThat(otherProject.header("Content-Type")).startsWith("application/problem+json");
        JsonObject error = otherProject.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("caseId");
        assertThat(error.getString("message")).contains("属于其他项目");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("caseId");
        assertThat(unknown.json().getString("detail")).contains("987654321");
        assertThat(erp.get(held.path() + "/quality-costs").json().getInt("total"))
                .isZero();
    }

    @Test
    @DisplayName(
            "R-C4 only Engineering's confirmation books the deduction: ERP and specialist 403; confirmed, held 50000.00 − 12000.50 = 37999.50; an overdrawing one is 422 and stays registered")
    void qualityCostConfirmedByEngineering() {
        Api erp = erp();
        Api engineering = as("engineering");
        Held held = retentionOf50000(erp);
        long serviceCase = caseOf(erp, held.project());
        long bearing = id(erp.post(
                held.path() + "/quality-costs", qualityCostJson("12000.50", "鼓风机轴承损坏，更换费用由供货商承担", serviceCase)));
        long again = id(erp.post(held.path() + "/quality-costs", qualityCostJson("40000.00", "再次更换", serviceCase)));

        assertThat(erp.post("quality-costs/" + bearing + "/confirmation", "{}").status())
                .as("the ERP registers for after-sales, it does not confirm for Engineering")
                .isEqualTo(403);
        assertThat(as("specialist")
                        .post("quality-costs/" + bearing + "/confirmation", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(erp.get(held.path()).json().getString("deducted")).isEqualTo("0.00");

        Api.Reply confirmed = engineering.post("quality-costs/" + bearing + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getString("state")).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().getString("decidedBy")).isEqualTo("engineering");
        assertThat(confirmed.json().getString("registeredBy")).isEqualTo("erp");
        JsonObject ledger = erp.get(held.path()).json();
        assertThat(ledger.getString("held")).isEqualTo("50000.00");
        assertThat(ledger.getString("deducted")).isEqualTo("12000.50");
        assertThat(ledger.getString("released")).isEqualTo("0.00");
        assertThat(ledger.getString("balance")).isEqualTo("37999.50");
        JsonObject deduction = ledger.getJsonArray("entries").getJsonObject(1);
        assertThat(deduction.getJsonNumber("id").longValue())
                .isEqualTo(confirmed.json().getJsonNumber("deductionEntryId").longValue());
        assertThat(deduction.getString("kind")).isEqualTo("DEDUCTED");
        assertThat(deduction.getString("amount")).isEqualTo("12000.50");
        assertThat(deduction.getJsonNumber("caseId").longValue()).isEqualTo(serviceCase);

        Api.Reply overdraw = engineering.post("quality-costs/" + again + "/confirmation", "{}");
        assertThat(overdraw.status()).as(overdraw.toString()).isEqualTo(422);
        assertThat(overdraw.json().getString("detail")).contains("40000.00", "37999.50");
        assertThat(erp.get("quality-costs/" + again).json().getString("state"))
                .as("refused, still awaiting a decision")
                .isEqualTo("REGISTERED");
        assertThat(erp.get(held.path()).json().getString("balance")).isEqualTo("37999.50");
        assertThat(erp.get(held.path()).json().getJsonArray("entries")).hasSize(2);
        assertThat(engineering
                        .post("quality-costs/" + bearing + "/confirmation", "{}")
                        .status())
                .as("confirmed once only")
                .isEqualTo(422);
    }

    @Test
    @DisplayName(
            "R-C4 Engineering rejects a quality cost with a reason, nothing deducted; a decision on the version read before it is 409")
    void qualityCostRejectedByEngineering() {
        Api erp = erp();
        Api engineering = as("engineering");
        Held held = retentionOf50000(erp);
        Api.Reply registered = erp.post(held.path() + "/quality-costs", qualityCostJson("300.00", "电机绕组烧毁", null));
        long cost = id(registered);
        long versionRead = registered.json().getJsonNumber("version").longValue();

        assertThat(engineering
                        .post("quality-costs/" + cost + "/rejection", "{\"version\":" + versionRead + "}")
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("reason");
        Api.Reply rejected = engineering.post(
                "quality-costs/" + cost + "/rejection", "{\"reason\":\"属业主误操作\",\"version\":" + versionRead + "}");
        Api.Reply stale =
                engineering.post("quality-costs/" + cost + "/confirmation", "{\"version\":" + versionRead + "}");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("state")).isEqualTo("REJECTED");
        assertThat(rejected.json().getString("rejectionReason")).isEqualTo("属业主误操作");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(erp.get(held.path()).json().getString("deducted")).isEqualTo("0.00");
    }

    @Test
    @DisplayName(
            "R-C4 POST …/deductions is withdrawn: 410 problem+json naming the two steps (register, Engineering confirms), in the caller's language; nothing deducted")
    void directDeductionIsGone() {
        Api erp = erp();
        Held held = retentionOf50000(erp);
        String body = "{\"amount\":\"12000.50\",\"cause\":\"鼓风机轴承损坏\"}";

        Api.Reply chinese = erp.post(held.path() + "/deductions", body);
        Api.Reply english = as("engineering").inEnglish().post(held.path() + "/deductions", body);

        assertThat(chinese.status()).isEqualTo(410);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().getInt("status")).isEqualTo(410);
        String retentionId = held.path().substring(held.path().lastIndexOf('/') + 1);
        assertThat(chinese.json().getString("detail"))
                .contains(
                        "售后服务部登记",
                        "POST /api/subcontractor-retentions/" + retentionId + "/quality-costs",
                        "工程部确认",
                        "POST /api/quality-costs/{id}/confirmation");
        assertThat(english.status()).isEqualTo(410);
        assertThat(english.json().getString("detail"))
                .contains("after-sales registers", "Engineering Department confirms", "/confirmation");
        assertThat(erp.get(held.path()).json().getString("deducted")).isEqualTo("0.00");
    }

    @Test
    @DisplayName(
            "R-C5 project retention over the API: dueDate the day after warrantyEnd, collections, recovery rate of the period")
    void projectRetentionAndRecoveryRate() {
        Api erp = erp();
        long project = erp.post("projects", projectJson(uniqueCode("IT-RC5"), "质保金业主乙", "2023-12-01", "2024-02-29", 12))
                .json()
                .getJsonNumber("id")
                .longValue();

        Api.Reply recorded = erp.post("project-retentions", "{\"projectId\":" + project + ",\"amount\":\"30000.00\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().getString("dueDate"))
                .as("2024-02-29 + 12 months = 2025-02-28, the day after")
                .isEqualTo("2025-03-01");
        assertThat(recorded.json().getBoolean("aboveStatutoryMaximum")).isFalse();
        String path = "project-retentions/" + recorded.json().getJsonNumber("id");
        erp.post(path + "/collections", "{\"amount\":\"10000.00\",\"date\":\"2025-03-15\"}");
        JsonObject after = erp.post(path + "/collections", "{\"amount\":\"5000.00\",\"date\":\"2025-04-02\"}")
                .json();

        assertThat(after.getString("collected")).isEqualTo("15000.00");
        assertThat(after.getString("outstanding")).isEqualTo("15000.00");
        assertThat(erp.post(path + "/collections", "{\"amount\":\"15000.01\",\"date\":\"2025-05-01\"}")
                        .status())
                .isEqualTo(422);
        JsonObject march = erp.get("kpi/retention-recovery-rate?from=2025-03-01&to=2025-03-31&projectId=" + project)
                .json();
        assertThat(march.getJsonNumber("retentionRecoveryRate").bigDecimalValue())
                .isEqualByComparingTo("33.33");
        JsonObject january = erp.get("kpi/retention-recovery-rate?from=2025-01-01&to=2025-01-31&projectId=" + project)
                .json();
        assertThat(january.isNull("retentionRecoveryRate"))
                .as("nothing fell due: shown as —")
                .isTrue();
    }

    @Test
    @DisplayName(
            "R-C5 R-C8 over the API: a 36-month warranty's retention is due after completion acceptance + 24 months;"
                    + " not overdue and no interest while no payment due date exists")
    void thirtySixMonthWarrantyRetention() {
        Api erp = erp();
        long project = erp.post("projects", projectJson(uniqueCode("IT-RC5"), "质保金业主丁", "2023-12-01", "2024-02-29", 36))
                .json()
                .getJsonNumber("id")
                .longValue();

        JsonObject recorded = erp.post("project-retentions", "{\"projectId\":" + project + ",\"amount\":\"30000.00\"}")
                .json();

        assertThat(recorded.getString("dueDate"))
                .as("2024-02-29 + 24 months = 2026-02-28, the day after (the warranty ends 2027-02-28)")
                .isEqualTo("2026-03-01");
        JsonObject listed = erp.get("project-retentions?projectId=" + project)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(listed.getString("dueDate")).isEqualTo("2026-03-01");
        assertThat(listed.getBoolean("overdue"))
                .as("past the due date, but no application: nothing is late")
                .isFalse();
        assertThat(listed.getString("interestAccrued")).isEqualTo("0.00");
        assertThat(listed.getString("returnState")).isEqualTo("NOT_APPLIED");
    }

    @Test
    @DisplayName("R-C8 the owner's receipt of the application and of the reminder over the API with their scans"
            + " (multipart): stored and linked, downloadable; a refused file records neither the act nor the file")
    void returnProcedureWithReceiptScans() throws SQLException {
        Api finance = Api.as(base, "finance", "finance");
        Api erp = Api.as(base, "erp", "erp");
        long project = erp.post("projects", projectJson(uniqueCode("IT-RC8"), "质保金业主丙", "2023-12-01", "2024-02-29", 12))
                .json()
                .getJsonNumber("id")
                .longValue();
        String path = "project-retentions/"
                + erp.post("project-retentions", "{\"projectId\":" + project + ",\"amount\":\"30000.00\"}")
                        .json()
                        .getJsonNumber("id");
        long documentsBefore = number("select count(*) from stored_document");

        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        Api.Reply refused = finance.postFile(
                path + "/return-application",
                Map.of("sentDate", "2025-03-03", "receivedDate", "2025-03-05", "channel", "LETTER"),
                "签收回执.pdf",
                program);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(finance.get(path).json().get("applicationReceivedDate"))
                .as("no application recorded")
                .isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(number("select count(*) from stored_document")).isEqualTo(documentsBefore);

        byte[] receipt = ("%PDF-1.7\n% 业主签收回执 2025-03-05\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply applied = finance.postFile(
                path + "/return-application",
                Map.of("sentDate", "2025-03-03", "receivedDate", "2025-03-05", "channel", "LETTER"),
                "签收回执.pdf",
                receipt);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        JsonObject application = applied.json();
        assertThat(application.getString("applicationReceivedDate")).isEqualTo("2025-03-05");
        assertThat(application.getString("applicationChannel")).isEqualTo("LETTER");
        long applicationScan = application.getJsonNumber("applicationScanId").longValue();
        java.net.http.HttpResponse<byte[]> download =
                finance.download("documents/" + applicationScan + "/content", "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(receipt);

        LocalDate late =
                LocalDate.parse(application.getString("verificationDueDate")).plusDays(1);
        Api.Reply reminded = finance.postFile(
                path + "/reminder",
                Map.of(
                        "sentDate",
                        late.toString(),
                        "receivedDate",
                        late.plusDays(2).toString()),
                "催告签收.pdf",
                receipt);
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.json().getString("reminderReceivedDate"))
                .isEqualTo(late.plusDays(2).toString());
        assertThat(reminded.json().getJsonNumber("reminderScanId").longValue()).isNotEqualTo(applicationScan);
        assertThat(number("select count(*) from stored_document")).isEqualTo(documentsBefore + 2);
    }

    @Test
    @DisplayName("R-C8 a subcontractor's application and reminder received by the company over the API (JSON or with"
            + " the scan as multipart), and the company's answer: the company's own deadlines follow")
    void subcontractorReturnProcedure() {
        Api erp = erp();
        Api finance = Api.as(base, "finance", "finance");
        long project = erp.post(
                        "projects", projectJson(uniqueCode("IT-RC8S"), "质保金业主丁", "2023-12-01", "2024-02-29", 12))
                .json()
                .getJsonNumber("id")
                .longValue();
        String answered = heldFrom(erp, project, "加药设备厂");
        String reminded = heldFrom(erp, project, "紫外消毒设备厂");
        byte[] scan = ("%PDF-1.7\n% 分包商返还申请 收文登记\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply application = finance.postFile(
                answered + "/return-application",
                Map.of("sentDate", "2025-03-03", "receivedDate", "2025-03-05", "channel", "LETTER"),
                "收文登记.pdf",
                scan);
        assertThat(application.status()).as(application.toString()).isEqualTo(200);
        assertThat(application.json().getString("applicationReceivedDate")).isEqualTo("2025-03-05");
        assertThat(application.json().getJsonNumber("applicationScanId")).isNotNull();
        LocalDate answerBy = LocalDate.parse(application.json().getString("verificationDueDate"));
        assertThat(answerBy).isAfter(LocalDate.parse("2025-03-05"));
        Api.Reply answer =
                finance.post(answered + "/verification", "{\"date\":\"" + answerBy + "\",\"objection\":false}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getString("verificationDate")).isEqualTo(answerBy.toString());

        Api.Reply received = finance.post(
                reminded + "/return-application",
                "{\"sentDate\":\"2025-03-03\",\"receivedDate\":\"2025-03-05\",\"channel\":\"EMAIL\"}");
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        LocalDate late = LocalDate.parse(received.json().getString("verificationDueDate"))
                .plusDays(1);
        Api.Reply reminder = finance.postFile(
                reminded + "/reminder",
                Map.of(
                        "sentDate",
                        late.toString(),
                        "receivedDate",
                        late.plusDays(1).toString()),
                "催告函.pdf",
                scan);
        assertThat(reminder.status()).as(reminder.toString()).isEqualTo(200);
        assertThat(reminder.json().getString("reminderReceivedDate"))
                .isEqualTo(late.plusDays(1).toString());
        assertThat(reminder.json().getJsonNumber("reminderScanId")).isNotNull();
        assertThat(LocalDate.parse(reminder.json().getString("reminderDueDate")))
                .isAfter(late.plusDays(1));
        assertThat(finance.post(reminded + "/verification", "{\"date\":\"not a day\"}")
                        .status())
                .as("a malformed body is refused")
                .isIn(400, 422);
        Api.Reply answeredAfterReminder =
                finance.post(reminded + "/verification", "{\"date\":\"" + late.plusDays(2) + "\",\"objection\":false}");
        assertThat(answeredAfterReminder.status())
                .as(answeredAfterReminder.toString())
                .isEqualTo(200);
        assertThat(answeredAfterReminder.json().getString("verificationDate"))
                .isEqualTo(late.plusDays(2).toString());
    }

    /** The path of 20 000.00 held from a new subcontractor on {@code project}, with no release date yet. */
    private String heldFrom(Api erp, long project, String name) {
        long subcontractor = erp.post(
                        "subcontractors",
                        "{\"name\":\"" + uniqueCode(name) + "\",\"kind\":\"EQUIPMENT_SUBCONTRACTOR\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply held = erp.post(
                "subcontractor-retentions",
                "{\"projectId\":" + project + ",\"subcontractorId\":" + subcontractor
                        + ",\"heldAmount\":\"20000.00\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        return "subcontractor-retentions/" + held.json().getJsonNumber("id");
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long number(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getLong(1);
        }
    }
}
