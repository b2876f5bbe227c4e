package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR on a Payara Micro started by the test itself, for the tests that Arquillian's one managed container
 * cannot serve: a database the test restarts (DatabaseOutageIT), another runtime (PayaraMicro7SmokeIT). Started like
 * the README's PostgreSQL command: the application's own data source from system properties, demo logins, no cluster.
 */
final class PayaraMicroProcess implements AutoCloseable {

    /** The demo mode's API account (user name = password). */
    static final String DEMO_ERP =
            "Basic " + java.util.Base64.getEncoder().encodeToString("erp:erp".getBytes(StandardCharsets.UTF_8));

    private final Process process;
    private final Path log;
    private final URI base;

    private PayaraMicroProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * Starts {@code microJar} on {@code java} with the WAR against the PostgreSQL database {@code jdbcUrl}, and waits
     * until {@code /api/health} answers 200 (at most 6 minutes: a loaded 2-core machine).
     */
    static PayaraMicroProcess start(Path java, String microJar, String jdbcUrl) throws Exception {
        return start(
                List.of(), java, microJar, jdbcUrl, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    }

    /**
     * The same, the JVM started through {@code launcher} (e.g. {@code taskset -c 0-1}; empty: directly) with
     * {@code jvmOptions} (heap, compiler, further system properties) instead of the tests' small-footprint defaults.
     */
    static PayaraMicroProcess start(
            List<String> launcher, Path java, String microJar, String jdbcUrl, List<String> jvmOptions)
            throws Exception {
        int httpPort = freePort();
        Path root = Files.createTempDirectory("payaramicro-rt-it");
        Path log = root.resolve("payara.log");
        List<String> command = new ArrayList<>(launcher);
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Daftersales.demo=true",
                "-Daftersales.datasource.class-name=org.postgresql.ds.PGSimpleDataSource",
                "-Daftersales.datasource.url=" + jdbcUrl,
                "-Daftersales.datasource.user=postgres",
                "-Daftersales.datasource.password=unused-with-trust",
                "-jar",
                microJar,
                "--deploy",
                System.getProperty("aftersales.war"),
                "--contextroot",
                "aftersales",
                "--port",
                String.valueOf(httpPort),
                "--nocluster",
                "--rootdir",
                root.resolve("rt").toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PayaraMicroProcess payara =
                new PayaraMicroProcess(process, log, URI.create("http://127.0.0.1:" + httpPort + "/aftersales/"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        Instant ready = null;
        while (payara.status("api/health") != 200) {
            assertThat(process.isAlive())
                    .as("Payara Micro runs (log: " + log + ")")
                    .isTrue();
            assertThat(Instant.now())
                    .as("started within 6 minutes (log: " + log + ")")
                    .isBefore(deadline);
            if (ready == null && logText(log).contains(" ready in ")) {
                ready = Instant.now();
            }
            // Payara Micro stays up when the WAR fails to deploy: don't wait the full six minutes for it.
            assertThat(ready == null || Instant.now().isBefore(ready.plus(Duration.ofSeconds(90))))
                    .as("the application answers within 90 s of Payara's 'ready' (log: " + log + ")")
                    .isTrue();
            Thread.sleep(2000);
        }
        return payara;
    }

    URI base() {
        return base;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    private int status(String path) {
        try {
            HttpResponse<Void> reply = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve(path))
                                    .header("Authorization", DEMO_ERP)
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return reply.statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String logText(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
