package io.github.hetznerimages.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of BENCHMARKS.md in one go and prints the results as a Markdown table (also written to
 * {@code <output dir>/results.md}). Fails (exit 1) when a correctness check fails: wrong request counts or
 * images; the speed targets are reported, not enforced.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {}

    /**
     * Runs the benchmarks.
     *
     * @param args the output directory, e.g. {@code target/bench}
     */
    public static void main(String[] args) throws IOException, RunnerException {
        Path output = Path.of(args.length > 0 ? args[0] : "target/bench");
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        report.append(machine());

        report.append("\n### 1. Per-call overhead (`GET /images/{id}`, JMH)\n\n");
        Collection<RunResult> jmh = new Runner(jmhOptions()).run();
        RunResult ours = find(jmh, "PerCallOverheadBenchmark.hetznerClient");
        RunResult raw = find(jmh, "PerCallOverheadBenchmark.rawJdkHttpClient");
        RunResult plain = find(jmh, "PerCallOverheadBenchmark.plainRestClient");
        RunResult rawStreaming = find(jmh, "PerCallOverheadBenchmark.rawJdkHttpClientStreaming");
        double oursScore = ours.getPrimaryResult().getScore();
        double rawScore = raw.getPrimaryResult().getScore();
        report.append("| client | µs/call (± 99.9 % CI) | bytes allocated/call |\n| --- | ---: | ---: |\n");
        report.append(jmhRow("HetznerClient.execute", ours));
        report.append(jmhRow("plain Spring RestClient (same transport and mapper)", plain));
        report.append(jmhRow("raw JDK HttpClient + Jackson, body as byte[]", raw));
        report.append(jmhRow("raw JDK HttpClient + Jackson, body as stream (as Spring reads it)", rawStreaming));
        report.append(String.format(
                Locale.ROOT,
                "\n- Ratio ours / raw (byte[]): **%.3f** (%+.1f %%, %+.1f µs per call); target within 10 %%: %s\n",
                oursScore / rawScore,
                (oursScore / rawScore - 1) * 100,
                oursScore - rawScore,
                oursScore <= rawScore * 1.10 ? "met" : "NOT met"));
        report.append(String.format(
                Locale.ROOT,
                "- Ratio ours / raw streaming: **%.3f** (%+.1f %%)\n",
                oursScore / rawStreaming.getPrimaryResult().getScore(),
                (oursScore / rawStreaming.getPrimaryResult().getScore() - 1) * 100));
        report.append(String.format(
                Locale.ROOT,
                "- Ratio ours / plain RestClient: **%.3f** (%+.1f µs per call: the library's own share)\n",
                oursScore / plain.getPrimaryResult().getScore(),
                oursScore - plain.getPrimaryResult().getScore()));

        report.append("\n#### 1b. The same call on an in-memory transport (CPU per call, no network)\n\n");
        RunResult memoryOurs = find(jmh, "InMemoryOverheadBenchmark.hetznerClient");
        RunResult memoryPlain = find(jmh, "InMemoryOverheadBenchmark.plainRestClient");
        RunResult memoryRaw = find(jmh, "InMemoryOverheadBenchmark.raw");
        report.append("| client | µs/call (± 99.9 % CI) | bytes allocated/call |\n| --- | ---: | ---: |\n");
        report.append(jmhRow("HetznerClient.execute", memoryOurs));
        report.append(jmhRow("plain Spring RestClient", memoryPlain));
        report.append(jmhRow("JDK request + Jackson decode", memoryRaw));
        double memoryGap = memoryOurs.getPrimaryResult().getScore()
                - memoryRaw.getPrimaryResult().getScore();
        report.append(String.format(
                Locale.ROOT,
                "\nCPU the library adds per call over the bare minimum: **%.1f µs** (of which %.1f µs is ours on top of"
                        + " RestClient); that is %.2f %% of the measured loopback call and %.3f %% of a 30 ms API"
                        + " round trip.\n",
                memoryGap,
                memoryOurs.getPrimaryResult().getScore()
                        - memoryPlain.getPrimaryResult().getScore(),
                memoryGap / rawScore * 100,
                memoryGap / 30_000 * 100));

        report.append("\n### 2. `listAll` of 2,000 images, 20 ms latency per request (median of 5 runs)\n\n");
        List<ListAllBenchmark.Result> listAll = ListAllBenchmark.run();
        report.append("| paging | time ms | requests per run | images |\n| --- | ---: | ---: | ---: |\n");
        for (ListAllBenchmark.Result result : listAll) {
            report.append(String.format(
                    Locale.ROOT,
                    "| concurrency %d%s | %.0f | %d | %d |\n",
                    result.concurrency(),
                    result.concurrency() == 1 ? " (sequential)" : " (concurrent)",
                    result.medianMillis(),
                    result.requestsPerRun(),
                    result.images()));
            ok &= result.requestsPerRun() == ListAllBenchmark.expectedRequests()
                    && result.images() == ListAllBenchmark.IMAGES;
        }
        double speedUp = listAll.get(0).medianMillis() / listAll.get(1).medianMillis();
        report.append(String.format(
                Locale.ROOT,
                "\nSpeed-up concurrent / sequential: **%.2fx** with %d requests each (expected %d = ceil(2000 / 50));"
                        + " target >= 3x: %s\n",
                speedUp,
                listAll.get(1).requestsPerRun(),
                ListAllBenchmark.expectedRequests(),
                speedUp >= 3 ? "met" : "NOT met"));

        report.append("\n### 3. `stream` over 100,000 images in a JVM with " + StreamBenchmark.HEAP + "\n\n");
        report.append("| walk | outcome | time s | images/s | peak heap used MB | max live after GC MB |"
                + " GCs |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (StreamBenchmark.Probe probe : StreamBenchmark.runProbes()) {
            double images = probe.number("images");
            double seconds = probe.number("seconds");
            if (probe.outOfMemory()) {
                report.append("| " + probe.mode() + " | OutOfMemoryError (JVM ended) | - | - | - | - | - |\n");
            } else {
                report.append(String.format(
                        Locale.ROOT,
                        "| %s | %.0f images | %.2f | %.0f | %.1f | %.1f | %.0f |\n",
                        probe.mode(),
                        images,
                        seconds,
                        images / seconds,
                        probe.number("peakHeapBytes") / 1e6,
                        probe.number("maxLiveAfterGcBytes") / 1e6,
                        probe.number("gcs")));
            }
            if (probe.mode().equals("stream")) {
                ok &= !probe.outOfMemory() && images == StreamBenchmark.IMAGES;
            }
        }
        StreamBenchmark.Stalls stalls = StreamBenchmark.runStalls();
        report.append(String.format(
                Locale.ROOT,
                "\nPrefetch: %d pages, 20 ms latency, consumer working 20 ms per page (best of 3): page by page"
                        + " without prefetch %.0f ms, our stream %.0f ms (**%.2fx**)\n",
                StreamBenchmark.STALL_PAGES,
                stalls.withoutPrefetchMillis(),
                stalls.withPrefetchMillis(),
                stalls.withoutPrefetchMillis() / stalls.withPrefetchMillis()));

        report.append(
                "\n### 4. Waiting for an action (real `waitFor` on a simulated clock; action lengths ± 10 %, 1,001 samples)\n\n");
        report.append("| action | schedule | polls (mean) | delay mean s | delay max s |\n"
                + "| --- | --- | ---: | ---: | ---: |\n");
        for (WaitForActionSimulation.Result result : WaitForActionSimulation.run()) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.2f | %.2f |\n",
                    human(result.action().toSeconds()),
                    result.schedule(),
                    result.meanPolls(),
                    result.meanDelaySeconds(),
                    result.maxDelaySeconds()));
        }

        Files.createDirectories(output);
        Files.writeString(output.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println("\n===== BENCHMARK RESULTS (also in " + output.resolve("results.md") + ") =====\n");
        System.out.println(report);
        if (!ok) {
            System.out.println("A correctness check failed (request counts or images): see above.");
            System.exit(1);
        }
    }

    private static Options jmhOptions() {
        return new OptionsBuilder()
                .include(PerCallOverheadBenchmark.class.getName() + ".")
                .include(InMemoryOverheadBenchmark.class.getName() + ".")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.MICROSECONDS)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .build();
    }

    private static RunResult find(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method));
    }

    private static String jmhRow(String name, RunResult result) {
        double allocated = Double.NaN;
        for (String key : result.getSecondaryResults().keySet()) {
            if (key.endsWith("gc.alloc.rate.norm")) {
                allocated = result.getSecondaryResults().get(key).getScore();
            }
        }
        return String.format(
                Locale.ROOT,
                "| %s | %.1f ± %.1f | %.0f |\n",
                name,
                result.getPrimaryResult().getScore(),
                result.getPrimaryResult().getScoreError(),
                allocated);
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "Machine: %d CPUs, %.1f GiB RAM, %s %s (%s), %s %s\n",
                runtime.availableProcessors(),
                memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    private static String human(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }
}
