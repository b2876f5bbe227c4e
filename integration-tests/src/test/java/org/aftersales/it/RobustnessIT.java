package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The portal and the API under requests nobody should send, and the defaults a production server needs. */
class RobustnessIT extends AgainstDeployment {

    private static final String NOT_FOUND_ZH = "页面不存在";
    private static final String NOT_FOUND_EN = "Page not found";
    private static final long MISSING = 999_999_999L;
    private static final List<String> MALFORMED = List.of("abc", "-1", "99999999999999999999", "1.5");

    /**
     * One page parameter that names a record: the page and the parameter, a record that exists, and — for records that
     * belong to a project department — that department, whose own user sees the record and the other one does not.
     */
    record Target(String page, String parameter, long id, Long department) {

        String url(Object value) {
            return page + (page.contains("?") ? "&" : "?") + parameter + "=" + value;
        }
    }

    @Test
    @DisplayName(
            "Robustness: a missing, foreign or malformed id shows the 404 page (status 404, translated) on every page"
                    + " that takes an id; a valid id opens the page")
    void everyPageWithAnIdAnswersItsNotFoundPage() throws SQLException {
        Portal specialist = Portal.login(base, "specialist");
        Portal projectOne = Portal.login(base, "project");
        Portal projectTwo = Portal.login(base, "project2");
        long one = single("select id from department where name = '项目一部'");
        List<Target> targets = targets();
        SoftAssertions softly = new SoftAssertions();
        for (Target target : targets) {
            expectOpens(softly, specialist, target.url(target.id()), "specialist");
            expectNotFound(softly, specialist, target.url(MISSING), "specialist, missing");
            for (String malformed : MALFORMED) {
                expectNotFound(softly, specialist, target.url(malformed), "specialist, malformed");
            }
            if (target.department() != null) {
                boolean ofOne = target.department() == one;
                expectOpens(softly, ofOne ? projectOne : projectTwo, target.url(target.id()), "own department");
                expectNotFound(softly, ofOne ? projectTwo : projectOne, target.url(target.id()), "another department");
            }
        }
        softly.assertAll();
        assertThat(targets).as("page parameters that name a record").hasSize(26);

        // Without an id a form for a new record opens, as before; with one it never does.
        HttpResponse<String> newProject = specialist.get("/projects/edit.xhtml");
        assertThat(newProject.statusCode()).isEqualTo(200);
        assertThat(title(newProject)).contains("新建工程项目");
    }

    @Test
    @DisplayName("Robustness: the 404 page speaks the user's language (zh_CN and en)")
    void notFoundPageIsTranslated() {
        Portal design = Portal.login(base, "design");
        HttpResponse<String> chinese = design.get("/projects/edit.xhtml?id=abc");
        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(title(chinese)).startsWith(NOT_FOUND_ZH);
        assertThat(chinese.body()).contains("您访问的页面不存在。");
        design.switchLanguage("en");
        try {
            HttpResponse<String> english = design.get("/projects/edit.xhtml?id=abc");
            assertThat(english.statusCode()).isEqualTo(404);
            assertThat(title(english)).startsWith(NOT_FOUND_EN);
            assertThat(english.body()).contains("The page you asked for does not exist.");
        } finally {
            design.switchLanguage("zh_CN");
        }
    }

    @Test
    @DisplayName(
            "Robustness: no response names the server or Java; CSP with frame-ancestors and nosniff on a page, an API"
                    + " answer, the API's 401, the login redirect, the 404 page, Payara's /openapi and the server root's"
                    + " 404 (problem+json without a version); no HSTS over plain HTTP")
    void hardenedHeadersOnEveryResponse() throws Exception {
        Portal specialist = Portal.login(base, "specialist");
        Map<String, HttpResponse<?>> responses = new LinkedHashMap<>();
        responses.put("page", specialist.get("/projects/list.xhtml"));
        responses.put("404 page", specialist.get("/projects/edit.xhtml?id=abc"));
        responses.put("login redirect", Portal.anonymous(base).get("/projects/list.xhtml"));
        responses.put("login page", Portal.anonymous(base).get("/login.xhtml"));
        responses.put("API 200", erp().get("health").response());
        responses.put("API 401", Api.anonymous(base).get("health").response());
        responses.put(
                "API 401, wrong password",
                Api.as(base, "erp", "wrong").get("health").response());
        HttpResponse<String> openApi = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        responses.put("/openapi", openApi);
        HttpResponse<String> rootNotFound = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(new URL(base, "/no-such-place").toURI())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        responses.put("server root 404", rootNotFound);

        assertThat(responses.get("page").statusCode()).isEqualTo(200);
        assertThat(responses.get("404 page").statusCode()).isEqualTo(404);
        assertThat(responses.get("login redirect").statusCode()).isEqualTo(302);
        assertThat(responses.get("API 200").statusCode()).isEqualTo(200);
        assertThat(responses.get("API 401").statusCode()).isEqualTo(401);
        assertThat(responses.get("API 401, wrong password").statusCode()).isEqualTo(401);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(rootNotFound.statusCode()).isEqualTo(404);
        assertThat(rootNotFound.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(rootNotFound.body()).contains("\"status\":404").doesNotContainIgnoringCase("payara");
        SoftAssertions softly = new SoftAssertions();
        responses.forEach((what, response) -> {
            HttpHeaders headers = response.headers();
            softly.assertThat(headers.firstValue("Server"))
                    .as(what + ": Server")
                    .isEmpty();
            softly.assertThat(headers.firstValue("X-Powered-By"))
                    .as(what + ": X-Powered-By")
                    .isEmpty();
            softly.assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(what + ": no HSTS over plain HTTP")
                    .isEmpty();
            // The server's root context (/openapi, its 404) gets the add-on's policy, which allows nothing at all.
            softly.assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(what + ": CSP")
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("frame-ancestors 'none'")
                            .containsAnyOf("object-src 'none'", "default-src 'none'"));
            softly.assertThat(headers.firstValue("X-Content-Type-Options"))
                    .as(what + ": nosniff")
                    .hasValue("nosniff");
            softly.assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        });
        softly.assertAll();
    }

    @Test
    @DisplayName(
            "Robustness: the session cookie is HttpOnly and SameSite=Lax (once over the HTTP/2 this client"
                    + " negotiates; Payara Micro repeats it over HTTP/1.1, see boot-commands.asadmin), not Secure over plain HTTP")
    void sessionCookieIsHardened() {
        HttpResponse<String> login = Portal.anonymous(base).get("/login.xhtml");
        List<String> cookies = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();

        assertThat(cookies).hasSize(1);
        List<String> attributes = List.of(cookies.get(0).split("\\s*;\\s*"));
        assertThat(attributes).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(attributes)
                .filteredOn(attribute -> attribute.startsWith("SameSite="))
                .as("the attribute once over HTTP/2 (the listener's; Payara Micro repeats it over HTTP/1.1)")
                .containsExactly("SameSite=Lax");
    }

    @Test
    @DisplayName("Robustness: what Payara's HTTP layer refuses before the application (a %00 in the path, TRACE, a bad"
            + " or repeated Content-Length) is a 4xx that names no server or version, carries no stack trace, and"
            + " stores nothing")
    void serverLevelRefusalsNameNoVersion() throws Exception {
        long projectsBefore = single("select count(*) from project");
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("%00 in the path", "GET " + base.getPath() + "api/health%00 HTTP/1.1\r\n");
        requests.put("TRACE", "TRACE " + base.getPath() + "api/health HTTP/1.1\r\n");
        requests.put(
                "Content-Length: abc",
                "POST " + base.getPath() + "api/projects HTTP/1.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: abc\r\n");
        requests.put(
                "two Content-Lengths",
                "POST " + base.getPath() + "api/projects HTTP/1.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2\r\nContent-Length: 7\r\n");
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, String> request : requests.entrySet()) {
            String reply = raw(request.getValue() + "Host: localhost\r\nAuthorization: Basic ZXJwOmVycA==\r\n"
                    + "Connection: close\r\n\r\n{\"code\":\"X\"}");
            int status = Integer.parseInt(reply.substring(9, 12));
            softly.assertThat(status).as(request.getKey() + ": " + reply).isBetween(400, 499);
            softly.assertThat(reply.toLowerCase(java.util.Locale.ROOT))
                    .as(request.getKey())
                    .doesNotContain("\nserver:", "x-powered-by", "payara", "glassfish", "grizzly", "java", "exception");
        }
        softly.assertAll();
        assertThat(single("select count(*) from project")).isEqualTo(projectsBefore);
    }

    /** One request written as bytes (what java.net.http would refuse to send), the whole answer as text. */
    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** Every page of the portal that names a record in its URL, with a demo record for each parameter. */
    private static List<Target> targets() throws SQLException {
        List<Target> targets = new ArrayList<>();
        // A project with a paid service case (quotation), retentions and contracts: the demo's second project.
        long project = single("select id from project where code = 'WTP-2024-002'");
        Long department = single("select project_department_id from project where id = " + project);
        for (String page : List.of(
                "/projects/equipment.xhtml",
                "/projects/contacts.xhtml",
                "/projects/subcontractors.xhtml",
                "/projects/cost-plan.xhtml",
                "/cases/list.xhtml",
                "/cases/new.xhtml",
                "/contracts/list.xhtml",
                "/documents/archive.xhtml")) {
            targets.add(new Target(page, "project", project, department));
        }
        targets.add(new Target("/projects/edit.xhtml", "id", project, department));
        // A new contract is for contract editors only, which no project department is: no "foreign" user to try.
        targets.add(new Target("/contracts/edit.xhtml", "project", project, null));
        targets.add(scoped(
                "/contracts/edit.xhtml",
                "id",
                "select c.id, p.project_department_id"
                        + " from service_contract c join project p on p.id = c.project_id order by c.id limit 1"));
        targets.add(scoped(
                "/documents/archive.xhtml",
                "item",
                "select e.id, p.project_department_id"
                        + " from equipment_item e join project p on p.id = e.project_id order by e.id limit 1"));
        String paidCase = "select c.id, p.project_department_id from quotation q join service_case c"
                + " on c.id = q.service_case_id join project p on p.id = c.project_id order by c.id limit 1";
        for (String page : List.of("/cases/view.xhtml", "/cases/print.xhtml", "/cases/quotation.xhtml")) {
            targets.add(scoped(page, "id", paidCase));
        }
        targets.add(scoped("/cases/quotation-print.xhtml", "id", paidCase));
        targets.add(scoped("/surveys/answer.xhtml?template=2", "case", paidCase));
        targets.add(new Target(
                "/surveys/answer.xhtml",
                "template",
                single("select id from survey_template where purpose = 'OWNER_SATISFACTION'"),
                null));
        // Drafting an article from a case is for knowledge writers only, which no project department is.
        targets.add(
                new Target("/knowledge/article.xhtml", "case", single("select id from (" + paidCase + ") c"), null));
        // An article opens to read (issue 18 item 10); its form sends whoever may not correct it there.
        targets.add(new Target("/knowledge/view.xhtml", "id", single("select min(id) from knowledge_article"), null));
        long manual = single("select min(id) from manual");
        targets.add(new Target("/manuals/manual.xhtml", "id", manual, null));
        targets.add(new Target("/training/requirements.xhtml", "manual", manual, null));
        targets.add(new Target("/subcontractors/edit.xhtml", "id", single("select min(id) from subcontractor"), null));
        targets.add(
                scoped(
                        "/retention/subcontractor.xhtml",
                        "id",
                        "select r.id, p.project_department_id"
                                + " from subcontractor_retention r join project p on p.id = r.project_id order by r.id limit 1"));
        targets.add(scoped(
                "/retention/letter.xhtml",
                "id",
                "select r.id, p.project_department_id"
                        + " from project_retention r join project p on p.id = r.project_id order by r.id limit 1"));
        targets.add(scoped(
                "/retention/letter.xhtml",
                "letter",
                "select l.id, p.project_department_id"
                        + " from retention_letter l join project_retention r on r.id = l.project_retention_id"
                        + " join project p on p.id = r.project_id order by l.id limit 1"));
        return targets;
    }

    private static Target scoped(String page, String parameter, String idAndDepartment) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(idAndDepartment);
                ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).as(idAndDepartment).isTrue();
            return new Target(page, parameter, row.getLong(1), row.getLong(2));
        }
    }

    private static long single(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).as(sql).isTrue();
            long value = row.getLong(1);
            assertThat(row.wasNull()).as(sql).isFalse();
            return value;
        }
    }

    private static void expectOpens(SoftAssertions softly, Portal portal, String url, String who) {
        HttpResponse<String> page = portal.get(url);
        softly.assertThat(page.statusCode()).as(who + " opens " + url).isEqualTo(200);
        softly.assertThat(title(page)).as(who + " opens " + url).doesNotContain(NOT_FOUND_ZH);
    }

    private static void expectNotFound(SoftAssertions softly, Portal portal, String url, String who) {
        HttpResponse<String> page = portal.get(url);
        softly.assertThat(page.statusCode()).as(who + ": " + url).isEqualTo(404);
        softly.assertThat(title(page)).as(who + ": " + url).startsWith(NOT_FOUND_ZH);
    }

    private static String title(HttpResponse<String> page) {
        java.util.regex.Matcher title =
                java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(page.body());
        return title.find()
                ? title.group(1)
                : "(no title) "
                        + page.body().substring(0, Math.min(200, page.body().length()));
    }
}
