package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's "Deploying into an existing Payara Server 6", performed as written: the fenced blocks that follow the
 * markers {@code <!-- PayaraServerDeploymentIT: … -->} are read out of README.md and run unchanged by bash against a
 * fresh domain of the full Payara Server 6.2025.9 (Maven Central's {@code fish.payara.distributions:payara} zip,
 * unpacked once under {@code target/}), so the README's lines and this test cannot drift apart. What the README leaves
 * to the administrator's installation is the test's: the server's domain (made with {@code create-domain} on free
 * ports, reached through {@code AS_ADMIN_PORT}), a throw-away PostgreSQL database, the server's certificate (made here
 * with {@code keytool}), the driver jar (the one the build resolved from Maven Central) and the WAR.
 */
class PayaraServerDeploymentIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String ADMIN_PASSWORD = "Bootstrap2026it";
    private static final Path README = Path.of(System.getProperty("aftersales.readme", "../README.md"));

    @Test
    @DisplayName("Robustness: the README's asadmin lines deploy the WAR into Payara Server 6.2025.9 with a PostgreSQL"
            + " pool and TLS; the bootstrap admin logs in over HTTPS, the API reads and writes over HTTPS and HTTP,"
            + " no version headers, CSP/nosniff everywhere (Payara's /openapi and the root's 404 too), HSTS and a Secure"
            + " SameSite=Lax HttpOnly cookie over TLS")
    void readmeDeploysIntoPayaraServer() throws Exception {
        Instant started = Instant.now();
        String install = readmeBlock("install");
        String afterFirstLogin = readmeBlock("after the first login");
        String driverVersion = System.getProperty("postgresql.version");
        assertThat(Files.readString(README))
                .as("the README downloads the driver version the build uses")
                .contains("org/postgresql/postgresql/" + driverVersion + "/postgresql-" + driverVersion + ".jar");

        Path target = Path.of(System.getProperty("aftersales.target", "target"));
        Path payara = unpackedServer(target);
        Path work = Files.createDirectories(target.resolve("payara-server-it"));
        String domain = "aftersalesit" + Long.toString(System.currentTimeMillis(), 36);
        Path domainDir = payara.resolve("glassfish/domains").resolve(domain);
        int portBase = createDomain(payara, work, domain);
        int adminPort = portBase + 48;
        int httpPort = portBase + 80;
        int httpsPort = portBase + 81;
        String database = "aftersales_ps_" + System.currentTimeMillis();
        execute(
                "jdbc:postgresql://127.0.0.1:5432/postgres",
                "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        try {
            Path certificate = work.resolve(domain + "-server.p12");
            run(
                    work,
                    Map.of(),
                    Duration.ofMinutes(1),
                    "keytool",
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "san=dns:localhost,ip:127.0.0.1",
                    "-keystore",
                    certificate.toString(),
                    "-storetype",
                    "PKCS12",
                    "-storepass",
                    "certpass1");
            run(work, Map.of(), Duration.ofMinutes(2), asadmin(payara), "start-domain", domain);

            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("PATH", payara.resolve("bin") + ":" + System.getenv("PATH"));
            environment.put("AS_ADMIN_PORT", String.valueOf(adminPort));
            environment.put("DOMAIN_DIR", domainDir.toString());
            environment.put("MASTER_PASSWORD", "changeit");
            environment.put("DB_HOST", "127.0.0.1");
            environment.put("DB_PORT", "5432");
            environment.put("DB_NAME", database);
            environment.put("DB_USER", "postgres");
            environment.put("DB_PASSWORD", "unused-with-trust");
            environment.put("TLS_P12", certificate.toString());
            environment.put("TLS_P12_PASSWORD", "certpass1");
            environment.put("TLS_ALIAS", "server");
            environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
            environment.put(
                    "WAR",
                    Path.of(System.getProperty("aftersales.war"))
                            .toAbsolutePath()
                            .toString());
            environment.put(
                    "ADDON_JAR",
                    Path.of(System.getProperty("aftersales.payara.addon"))
                            .toAbsolutePath()
                            .toString());
            environment.put(
                    "PG_JAR",
                    Path.of(System.getProperty("aftersales.postgresqlJar"))
                            .toAbsolutePath()
                            .toString());
            run(work, environment, Duration.ofMinutes(5), "bash", "-euo", "pipefail", "-c", install);
            Duration installed = Duration.between(started, Instant.now());

            // The certificate served on 8181's place is the one the README's keytool line imported.
            HttpClient https = client(trusting(certificate));
            HttpClient http = client(null);
            URI secure = URI.create("https://localhost:" + httpsPort + "/aftersales/");
            URI plain = URI.create("http://localhost:" + httpPort + "/aftersales/");

            HttpResponse<String> loginPage = waitForLoginPage(https, secure);
            assertHardened(loginPage, true);
            assertSessionCookie(loginPage, true);
            // Each listener restarts on its own after the settings change: wait for the plain one as well.
            HttpResponse<String> plainLoginPage = waitForLoginPage(http, plain);
            assertThat(plainLoginPage.statusCode()).isEqualTo(200);
            assertHardened(plainLoginPage, false);
            assertSessionCookie(plainLoginPage, false);

            // Payara's /openapi and the root context's 404: the add-on's headers, no version.
            HttpResponse<String> openApi = send(https, HttpRequest.newBuilder(secure.resolve("/openapi")));
            assertThat(openApi.statusCode()).isEqualTo(200);
            assertHardened(openApi, true);
            HttpResponse<String> rootNotFound = send(http, HttpRequest.newBuilder(plain.resolve("/no-such-place")));
            assertThat(rootNotFound.statusCode()).isEqualTo(404);
            assertThat(rootNotFound.body()).contains("\"status\":404").doesNotContainIgnoringCase("payara");
            assertHardened(rootNotFound, false);

            // The first administrator, made from the bootstrap password, logs in over HTTPS.
            HttpResponse<String> loggedIn = formLogin(https, secure, "admin", ADMIN_PASSWORD);
            assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
            assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith("/index.xhtml");
            HttpResponse<String> users = send(https, HttpRequest.newBuilder(secure.resolve("admin/users.xhtml")));
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains("admin");
            assertHardened(users, true);

            // An API account as the administrator would make it (here: the administrator's password hash copied).
            String erp = "erp" + Long.toString(System.nanoTime(), 36);
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("insert into app_user (id, version, created_at, created_by, modified_at,"
                        + " modified_by, username, display_name, password_hash, locale, enabled, failed_logins,"
                        + " security_stamp) select 900000001, 1, created_at, 'it', modified_at, 'it', '" + erp
                        + "', 'ERP', password_hash, locale, true, 0, 0 from app_user where username = 'admin'");
                statement.execute("insert into app_user_role (user_id, role) values (900000001, 'INTEGRATION')");
            }
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString((erp + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            String code = "PS-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            HttpResponse<String> created = send(
                    https,
                    HttpRequest.newBuilder(secure.resolve("api/projects"))
                            .header("Authorization", basic)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"code\":\"" + code + "\",\"name\":\"城东水厂\",\"ownerName\":\"城东水务\","
                                            + "\"site\":\"江苏省南京市\",\"settledContractPrice\":\"1000.00\","
                                            + "\"contractNumber\":\"HT-" + code + "\"}",
                                    StandardCharsets.UTF_8)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertHardened(created, true);
            HttpResponse<String> listed = send(
                    http,
                    HttpRequest.newBuilder(plain.resolve("api/projects?size=50"))
                            .header("Authorization", basic));
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            assertThat(listed.body()).contains(code, "城东水厂");
            assertHardened(listed, false);
            assertThat(single(database, "select count(*) from project where code = '" + code + "'"))
                    .as("the write went through the server's pool into PostgreSQL")
                    .isEqualTo(1L);
            HttpResponse<String> refused = send(
                    https,
                    HttpRequest.newBuilder(secure.resolve("api/projects")).header("Accept-Language", "en"));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("Authentication required");
            assertHardened(refused, true);

            // The bootstrap password leaves the server's configuration.
            Path domainXml = domainDir.resolve("config/domain.xml");
            assertThat(Files.readString(domainXml)).contains(ADMIN_PASSWORD);
            run(work, environment, Duration.ofMinutes(1), "bash", "-euo", "pipefail", "-c", afterFirstLogin);
            assertThat(Files.readString(domainXml)).doesNotContain(ADMIN_PASSWORD);
            assertThat(Files.readString(domainXml))
                    .as("the database password is an alias, not in clear")
                    .doesNotContain("unused-with-trust")
                    .contains("${ALIAS=aftersales-db}");
            assertThat(formLogin(client(trusting(certificate)), secure, "admin", ADMIN_PASSWORD)
                            .statusCode())
                    .as("the administrator's password still works without the property")
                    .isEqualTo(302);
            System.out.printf(
                    "[PayaraServerDeploymentIT] README lines run in %d s, everything checked after %d s%n",
                    installed.toSeconds(),
                    Duration.between(started, Instant.now()).toSeconds());
        } finally {
            try {
                run(work, Map.of(), Duration.ofMinutes(2), asadmin(payara), "stop-domain", domain);
                run(work, Map.of(), Duration.ofMinutes(1), asadmin(payara), "delete-domain", domain);
            } finally {
                execute(
                        "jdbc:postgresql://127.0.0.1:5432/postgres",
                        "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /** The fenced block that follows {@code <!-- PayaraServerDeploymentIT: name -->} in README.md. */
    static String readmeBlock(String name) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = lines.indexOf("<!-- PayaraServerDeploymentIT: " + name + " -->");
        assertThat(marker).as("README marker for " + name).isNotNegative();
        assertThat(lines.get(marker + 1)).isEqualTo("```bash");
        List<String> block = new ArrayList<>();
        for (int i = marker + 2; !lines.get(i).equals("```"); i++) {
            block.add(lines.get(i));
        }
        return String.join("\n", block) + "\n";
    }

    /** The Payara Server zip from Maven Central, unpacked once under target/ (unzip keeps the scripts executable). */
    private static Path unpackedServer(Path target) throws Exception {
        Path home = target.resolve("payara-server");
        Path payara = home.resolve("payara6");
        if (!Files.isExecutable(payara.resolve("bin/asadmin"))) {
            Files.createDirectories(home);
            run(
                    home,
                    Map.of(),
                    Duration.ofMinutes(3),
                    "unzip",
                    "-q",
                    "-o",
                    System.getProperty("payara.serverZip"),
                    "-d",
                    home.toString());
        }
        return payara.toAbsolutePath();
    }

    /** A fresh domain on a free port range (portbase + 48 admin, + 80 HTTP, + 81 HTTPS, …); no admin password. */
    private static int createDomain(Path payara, Path work, String domain) throws Exception {
        AssertionError last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int base = 20_000 + ThreadLocalRandom.current().nextInt(300) * 100;
            try {
                run(
                        work,
                        Map.of(),
                        Duration.ofMinutes(2),
                        asadmin(payara),
                        "create-domain",
                        "--nopassword=true",
                        "--checkports=true",
                        "--portbase",
                        String.valueOf(base),
                        domain);
                return base;
            } catch (AssertionError busy) {
                last = busy;
            }
        }
        throw last;
    }

    private static String asadmin(Path payara) {
        return payara.resolve("bin/asadmin").toString();
    }

    /** Runs a command, its output into the test's log; fails the test on a non-zero exit or the time limit. */
    private static void run(Path directory, Map<String, String> environment, Duration limit, String... command)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Path log = Files.createTempFile(directory, "command", ".log");
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.delete(log);
        System.out.println("[PayaraServerDeploymentIT] "
                + String.join(" ", command).lines().findFirst().orElse("") + "\n" + output);
        assertThat(ended)
                .as("within " + limit + ": " + String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore source = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate)) {
            source.load(in, "certpass1".toCharArray());
        }
        Certificate ours = source.getCertificate("server");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("server", ours);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static HttpClient client(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    private static HttpResponse<String> waitForLoginPage(HttpClient client, URI base) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                HttpResponse<String> page = send(client, HttpRequest.newBuilder(base.resolve("login.xhtml")));
                if (page.statusCode() == 200) {
                    return page;
                }
            } catch (IOException notYet) {
                // the listener restarts after the settings change
            }
            assertThat(Instant.now()).as("the login page answers at " + base).isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    private static HttpResponse<String> formLogin(HttpClient client, URI base, String user, String password)
            throws Exception {
        HttpResponse<String> page = send(client, HttpRequest.newBuilder(base.resolve("login.xhtml")));
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("the login form").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                client,
                HttpRequest.newBuilder(base.resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertHardened(HttpResponse<String> response, boolean overTls) {
        HttpHeaders headers = response.headers();
        String what = response.request().method() + " " + response.uri();
        assertThat(headers.firstValue("Server")).as(what + ": Server").isEmpty();
        assertThat(headers.firstValue("X-Powered-By"))
                .as(what + ": X-Powered-By")
                .isEmpty();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(what + ": CSP")
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        if (overTls) {
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(what + ": HSTS over TLS")
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        } else {
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(what + ": no HSTS over plain HTTP")
                    .isEmpty();
        }
    }

    private static void assertSessionCookie(HttpResponse<String> response, boolean overTls) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
        assertThat(cookies).as(response.uri() + ": one session cookie").hasSize(1);
        List<String> attributes = List.of(cookies.get(0).split("\\s*;\\s*"));
        assertThat(attributes).as(cookies.get(0)).contains("HttpOnly");
        assertThat(attributes)
                .filteredOn(attribute -> attribute.startsWith("SameSite="))
                .as(cookies.get(0) + ": SameSite once")
                .containsExactly("SameSite=Lax");
        if (overTls) {
            assertThat(attributes).as(cookies.get(0)).contains("Secure");
        } else {
            assertThat(attributes).as(cookies.get(0)).doesNotContain("Secure");
        }
    }

    private static long single(String database, String sql) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
