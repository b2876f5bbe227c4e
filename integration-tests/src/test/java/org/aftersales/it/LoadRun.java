package org.aftersales.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of {@link ScaleBenchmark}: one client in a loop, N closed-loop clients, or an open load — a fixed
 * arrival rate whose latencies count from the scheduled send time, so a slow server cannot slow the arrivals down
 * (no coordinated omission). Each sample keeps the client time and, when the response carries it, the server's
 * {@code Server-Timing: app;dur=<ms>, stmt;desc="<statements>"}.
 */
final class LoadRun {

    private static final Pattern APP_DURATION = Pattern.compile("app;dur=([0-9.]+)");
    private static final Pattern STATEMENTS = Pattern.compile("stmt;desc=\"?([0-9]+)");

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An open load sends no more than this many requests at a time; later arrivals are dropped as failures. */
    static final int MAX_IN_FLIGHT = 50;

    /** A serial run takes at least this many samples. */
    static final int MIN_SERIAL = 5;

    /** One request's outcome: client ms (from the scheduled start), server ms or NaN, statements or -1, status. */
    record Sample(double clientMs, double serverMs, int statements, int status) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The samples of a run and its wall-clock duration. */
    record Result(List<Sample> samples, double seconds, int unfinished) {

        Stats client() {
            return Stats.of(samples.stream().mapToDouble(Sample::clientMs).toArray());
        }

        /**
         * Server time of the samples that carried it (a request that timed out or failed has none: it counts in
         * {@link #errors()}), else the client time (and {@link #serverTimed()} false).
         */
        Stats server() {
            return serverTimed()
                    ? Stats.of(samples.stream()
                            .mapToDouble(Sample::serverMs)
                            .filter(ms -> !Double.isNaN(ms))
                            .toArray())
                    : client();
        }

        boolean serverTimed() {
            return samples.stream().anyMatch(s -> !Double.isNaN(s.serverMs()));
        }

        /** The most statements one request ran, or -1 when the server did not say. */
        int maxStatements() {
            return samples.stream().mapToInt(Sample::statements).max().orElse(-1);
        }

        int medianStatements() {
            int[] counts = samples.stream()
                    .mapToInt(Sample::statements)
                    .filter(c -> c >= 0)
                    .sorted()
                    .toArray();
            return counts.length == 0 ? -1 : counts[counts.length / 2];
        }

        long errors() {
            return samples.stream().filter(s -> !s.ok()).count() + unfinished;
        }

        double throughput() {
            return samples.stream().filter(Sample::ok).count() / seconds;
        }
    }

    /** p50 / p95 / p99 / max of a set of milliseconds. */
    record Stats(double p50, double p95, double p99, double max, int n) {
        static Stats of(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            if (sorted.length == 0) {
                return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
            }
            return new Stats(
                    at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1], sorted.length);
        }

        private static double at(double[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private final HttpClient http;
    private int dropped;

    LoadRun(HttpClient http) {
        this.http = http;
    }

    static HttpClient client(ExecutorService executor) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static Sample sample(HttpResponse<?> response, long scheduledNanos) {
        double clientMs = (System.nanoTime() - scheduledNanos) / 1e6;
        Optional<String> timing = response.headers().firstValue("Server-Timing");
        double serverMs = Double.NaN;
        int statements = -1;
        if (timing.isPresent()) {
            Matcher duration = APP_DURATION.matcher(timing.get());
            if (duration.find()) {
                serverMs = Double.parseDouble(duration.group(1));
            }
            Matcher count = STATEMENTS.matcher(timing.get());
            if (count.find()) {
                statements = Integer.parseInt(count.group(1));
            }
        }
        return new Sample(clientMs, serverMs, statements, response.statusCode());
    }

    /** One request, synchronously. */
    Sample once(HttpRequest request) {
        long start = System.nanoTime();
        try {
            return sample(http.send(request, HttpResponse.BodyHandlers.discarding()), start);
        } catch (IOException failed) {
            return new Sample((System.nanoTime() - start) / 1e6, Double.NaN, -1, -1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * One client in a loop: {@code warmUp} requests not counted, then up to {@code count} requests within
     * {@code seconds} (at least {@link #MIN_SERIAL}, whatever they take, unless two time out).
     */
    Result serial(IntFunction<HttpRequest> requests, int warmUp, int count, double seconds) {
        for (int i = 0; i < warmUp; i++) {
            if (once(requests.apply(i)).clientMs() >= TIMEOUT.toMillis()) {
                break;
            }
        }
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int timeouts = 0;
        for (int i = 0; i < count && (i < MIN_SERIAL || System.nanoTime() < end) && timeouts < 2; i++) {
            Sample sample = once(requests.apply(i));
            samples.add(sample);
            if (sample.clientMs() >= TIMEOUT.toMillis()) {
                // The request timed out: two of them are enough to tell, and each leaves the server busy.
                timeouts++;
            }
        }
        return new Result(samples, (System.nanoTime() - start) / 1e9, 0);
    }

    /** {@code clients} closed-loop clients (each sends its next request when the last one answered). */
    Result closed(IntFunction<HttpRequest> requests, int clients, double seconds) throws InterruptedException {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger counter = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            samples.add(once(requests.apply(counter.getAndIncrement())));
                        }
                    },
                    "closed-client-" + c);
            threads.add(client);
            client.start();
        }
        for (Thread client : threads) {
            client.join();
        }
        return new Result(List.copyOf(samples), (System.nanoTime() - start) / 1e9, 0);
    }

    /**
     * An open load: {@code rate} requests per second for {@code seconds}, each sent at its scheduled time whatever
     * the earlier ones do; the latency counts from that time. Requests unanswered {@link #TIMEOUT} after the last
     * send are counted as unfinished; arrivals while {@link #MAX_IN_FLIGHT} requests are unanswered are dropped and
     * count as failures with the timeout as their latency.
     */
    Result open(IntFunction<HttpRequest> requests, double rate, double seconds) throws InterruptedException {
        int total = (int) Math.round(rate * seconds);
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        AtomicInteger inFlight = new AtomicInteger();
        int dropped = 0;
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        for (int i = 0; i < total; i++) {
            long scheduled = start + (long) (i * interval);
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                // The server is saturated: the arrival is dropped (counted as a failure at the timeout) rather than
                // queued in the server, whose backlog would weigh on every later measurement.
                dropped++;
                samples.add(new Sample(TIMEOUT.toMillis(), Double.NaN, -1, -2));
                continue;
            }
            HttpRequest request = requests.apply(i);
            inFlight.incrementAndGet();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        inFlight.decrementAndGet();
                        samples.add(
                                response != null
                                        ? sample(response, scheduled)
                                        : new Sample((System.nanoTime() - scheduled) / 1e6, Double.NaN, -1, -1));
                        return null;
                    }));
        }
        int unfinished = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (CompletableFuture<Void> request : pending) {
            try {
                request.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException late) {
                unfinished++;
            }
        }
        this.dropped = dropped;
        return new Result(List.copyOf(samples), (System.nanoTime() - start) / 1e9, unfinished);
    }

    /** The arrivals the last open load dropped because {@link #MAX_IN_FLIGHT} requests were still unanswered. */
    int dropped() {
        return dropped;
    }

    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "load-http");
            thread.setDaemon(true);
            return thread;
        });
    }

    static HttpRequest.Builder get(URI uri, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.GET();
    }
}
