package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database goes away under load (robustness issue, item 1): a PostgreSQL restart, then a cut connection. The
 * application must answer 503 problem+json with {@code Retry-After} while the database is away — never 500 — recover by
 * itself within seconds when it is back, and every write it acknowledged with 2xx must be in the database afterwards.
 *
 * <p>Not an Arquillian test: it needs a database it may restart. It makes its own PostgreSQL cluster
 * ({@code pg_createcluster} on a free port, trust authentication on 127.0.0.1, dropped in every outcome), puts an
 * in-test TCP proxy between the application and the database to cut connections, and starts the built WAR on Payara
 * Micro with the same settings as the README's PostgreSQL command — the application's own data source, no server pool.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String CLUSTER = "aftersales_fault";
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String version;
    private static int databasePort;
    private static CuttableProxy proxy;
    private static PayaraMicroProcess payara;
    private static URI base;
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("erp:erp".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void startDatabaseAndApplication() throws Exception {
        version = run("sh", "-c", "ls /etc/postgresql | sort -V | tail -n 1").strip();
        run("sh", "-c", "pg_dropcluster --stop " + version + " " + CLUSTER + " 2>/dev/null || true");
        databasePort = freePort();
        run("pg_createcluster", "-p", String.valueOf(databasePort), version, CLUSTER, "--", "--auth=trust");
        pgctl("start");
        waitForDatabase();
        try (Connection connection = database("postgres")) {
            connection.createStatement().execute("CREATE DATABASE aftersales ENCODING 'UTF8' TEMPLATE template0");
        }
        proxy = new CuttableProxy(databasePort);

        payara = PayaraMicroProcess.start(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("payara.microJar"),
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/aftersales");
        base = payara.base().resolve("api/");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (payara != null) {
            payara.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        run("sh", "-c", "pg_dropcluster --stop " + version + " " + CLUSTER + " || true");
    }

    @Test
    @Order(1)
    @DisplayName(
            "Robustness: PostgreSQL restarted under a write loop — 503 problem+json with Retry-After while it is away,"
                    + " recovery within seconds, every acknowledged write stored")
    void databaseRestart() throws Exception {
        Outcome outcome = writeLoopAround(() -> {
            pgctl("stop");
            Thread.sleep(15_000); // longer than the 5 s a request waits for a connection
            pgctl("start");
            waitForDatabase();
        });
        outcome.check();
    }

    @Test
    @Order(2)
    @DisplayName("Robustness: the connection to the database cut under a write loop — 503 while cut, recovery within"
            + " seconds, every acknowledged write stored")
    void connectionCut() throws Exception {
        Outcome outcome = writeLoopAround(() -> {
            proxy.cut();
            Thread.sleep(15_000); // longer than the 5 s a request waits for a connection
            proxy.resume();
        });
        outcome.check();
    }

    /** What a write loop saw around an outage. */
    private record Outcome(
            Map<Integer, Integer> statuses,
            List<String> acknowledged,
            List<String> badErrors,
            Duration recoveredAfter,
            int unavailableSeen,
            Duration slowest) {

        void check() throws Exception {
            System.out.println("[DatabaseOutageIT] statuses " + statuses + ", acknowledged " + acknowledged.size()
                    + ", recovered " + recoveredAfter.toMillis() + " ms after the database was back, slowest answer "
                    + slowest.toMillis() + " ms");
            assertThat(badErrors)
                    .as("errors that are not 503 problem+json with Retry-After")
                    .isEmpty();
            assertThat(statuses.keySet()).as("no 500").doesNotContain(500);
            assertThat(unavailableSeen)
                    .as("503 answers while the database was away")
                    .isPositive();
            assertThat(recoveredAfter).as("recovery after the database is back").isLessThan(RECOVERY);
            assertThat(slowest)
                    .as("no request held much longer than the pool's 5 s wait for a connection")
                    .isLessThan(Duration.ofSeconds(20));
            try (Connection connection = database("aftersales");
                    PreparedStatement stored =
                            connection.prepareStatement("SELECT count(*) FROM project WHERE code = ?")) {
                for (String code : acknowledged) {
                    stored.setString(1, code);
                    try (ResultSet rows = stored.executeQuery()) {
                        rows.next();
                        assertThat(rows.getLong(1))
                                .as("acknowledged project " + code + " stored")
                                .isEqualTo(1);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface Fault {
        void happen() throws Exception;
    }

    /**
     * Writes projects one after another (about 25 a second at most) while {@code fault} runs in another thread; after
     * the fault, goes on until 20 writes in a row are acknowledged or the recovery time is over.
     */
    private static Outcome writeLoopAround(Fault fault) throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> acknowledged = new ArrayList<>();
        List<String> badErrors = new ArrayList<>();
        Set<Instant> back = ConcurrentHashMap.newKeySet();
        Thread outage = new Thread(() -> {
            try {
                fault.happen();
                back.add(Instant.now());
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            assertThat(status(write(uniqueCode()))).isEqualTo(201);
        }
        outage.start();
        int unavailable = 0;
        int inARow = 0;
        Instant recovered = null;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        Duration slowest = Duration.ZERO;
        while (Instant.now().isBefore(giveUp)) {
            String code = uniqueCode();
            Instant sent = Instant.now();
            HttpResponse<String> reply = write(code);
            Duration took = Duration.between(sent, Instant.now());
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
            int status = reply == null ? -1 : reply.statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status == 201) {
                acknowledged.add(code);
                inARow++;
                if (!back.isEmpty() && recovered == null) {
                    recovered = Instant.now();
                }
                if (!back.isEmpty() && inARow >= 20) {
                    break;
                }
            } else {
                inARow = 0;
                recovered = null;
                if (status == 503) {
                    unavailable++;
                }
                if (!isUnavailableProblem(reply)) {
                    badErrors.add(status + " " + (reply == null ? "no answer" : reply.body()));
                }
            }
            Thread.sleep(40);
        }
        outage.join();
        Duration recoveredAfter = recovered == null || back.isEmpty()
                ? Duration.ofDays(1)
                : Duration.between(back.iterator().next(), recovered).isNegative()
                        ? Duration.ZERO
                        : Duration.between(back.iterator().next(), recovered);
        return new Outcome(statuses, acknowledged, badErrors, recoveredAfter, unavailable, slowest);
    }

    private static boolean isUnavailableProblem(HttpResponse<String> reply) {
        return reply != null
                && reply.statusCode() == 503
                && reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && reply.headers().firstValue("Retry-After").isPresent()
                && reply.body().contains("\"status\":503");
    }

    private static HttpResponse<String> write(String code) {
        String body = "{\"code\":\"" + code + "\",\"name\":\"故障测试水厂 " + code + "\",\"ownerName\":\"故障测试业主\","
                + "\"site\":\"江苏省南京市\",\"settledContractPrice\":\"1000000.00\",\"contractNumber\":\"HT-" + code
                + "\"}";
        return send(HttpRequest.newBuilder(base.resolve("projects"))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException notAnswered) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int status(HttpResponse<String> reply) {
        return reply == null ? -1 : reply.statusCode();
    }

    private static String uniqueCode() {
        return "F-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static Connection database(String name) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/" + name, "postgres", "");
    }

    private static void waitForDatabase() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Connection ignored = database("postgres")) {
                return;
            } catch (java.sql.SQLException notYet) {
                assertThat(Instant.now()).as("PostgreSQL accepts connections").isBefore(deadline);
                Thread.sleep(250);
            }
        }
    }

    private static void pgctl(String action) throws Exception {
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, CLUSTER, action);
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
        return output;
    }

    private static int freePort() throws IOException {
        return PayaraMicroProcess.freePort();
    }

    /**
     * A TCP proxy in front of PostgreSQL that can cut every connection and refuse new ones (a network cut), and then
     * accept again on the same port.
     */
    static final class CuttableProxy implements AutoCloseable {
        private final int target;
        private final int port;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile ServerSocket listener;

        CuttableProxy(int target) throws IOException {
            this.target = target;
            this.port = freePort();
            resume();
        }

        int port() {
            return port;
        }

        synchronized void resume() throws IOException {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
            Thread acceptor = new Thread(() -> accept(server), "proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        synchronized void cut() throws IOException {
            listener.close();
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
        }

        @Override
        public void close() throws IOException {
            cut();
        }

        private void accept(ServerSocket server) {
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException closed) {
                    return; // cut
                }
                try {
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException refused) {
                    // the database is down: so is the connection the application opened
                    try {
                        client.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }
        }

        private void pump(Socket from, Socket to) {
            Thread thread = new Thread(
                    () -> {
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException broken) {
                            // one side closed
                        } finally {
                            try {
                                from.close();
                                to.close();
                            } catch (IOException ignored) {
                                // already closed
                            }
                            open.remove(from);
                            open.remove(to);
                        }
                    },
                    "proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
