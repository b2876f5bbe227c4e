package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runtime currency (robustness issue): Payara Micro 6.2025.10 bundles Mojarra 4.0.11 (CVE-2026-46581); Payara Micro
 * 7.2026.11 fixes it but needs Java 21+ and brings EclipseLink 5. The unchanged WAR must run on both: this test starts
 * the built WAR on Payara Micro 7 under the newest JDK of {@code /usr/lib/jvm} (Temurin 25 on these machines) against a
 * throw-away PostgreSQL database, then reads the health, the login page and the API and makes one API write. Skipped,
 * with the reason printed, only where no Java 21+ exists.
 */
class PayaraMicro7SmokeIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName(
            "Robustness: the unchanged WAR runs on Payara Micro 7 (Java 21+): health, login page, API read and write")
    void warRunsOnPayaraMicro7() throws Exception {
        Optional<Path> java = newestJava(21);
        if (java.isEmpty()) {
            System.out.println("[PayaraMicro7SmokeIT] skipped: no Java 21 or newer under /usr/lib/jvm");
        }
        Assumptions.assumeTrue(java.isPresent(), "no Java 21+ under /usr/lib/jvm");
        String database = "aftersales_p7_" + System.currentTimeMillis();
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        execute(server + "postgres", "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        try (PayaraMicroProcess payara =
                PayaraMicroProcess.start(java.get(), System.getProperty("payara.micro7Jar"), server + database)) {
            assertThat(PayaraMicroProcess.logText(payara.log()))
                    .contains("Payara Micro")
                    .contains("7.2026");

            HttpResponse<String> login =
                    send(HttpRequest.newBuilder(payara.base().resolve("login.xhtml")), null);
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("售后服务管理");

            String erp = "Basic " + Base64.getEncoder().encodeToString("erp:erp".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> projects =
                    send(HttpRequest.newBuilder(payara.base().resolve("api/projects")), erp);
            assertThat(projects.statusCode()).as(projects.body()).isEqualTo(200);

            String code = "P7-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            HttpResponse<String> created = send(
                    HttpRequest.newBuilder(payara.base().resolve("api/projects"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"code\":\"" + code + "\",\"name\":\"七号水厂\",\"ownerName\":\"七号业主\","
                                            + "\"site\":\"江苏省南京市\",\"settledContractPrice\":\"1000.00\","
                                            + "\"contractNumber\":\"HT-" + code + "\"}",
                                    StandardCharsets.UTF_8)),
                    erp);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).contains(code);
        } finally {
            execute(server + "postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The {@code bin/java} of the newest JDK of at least {@code feature} under /usr/lib/jvm, by its release file. */
    static Optional<Path> newestJava(int feature) throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> featureOf(home) >= feature)
                    .max(Comparator.comparingInt(PayaraMicro7SmokeIT::featureOf))
                    .map(home -> home.resolve("bin/java"));
        }
    }

    private static int featureOf(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (Exception unreadable) {
            // not a JDK with a release file
        }
        return 0;
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
