package io.github.hetznerimages.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The fresh-JVM benchmark of BENCHMARKS.md: what a short-lived job sees. For each added latency it starts
 * {@link FreshJvmServer} in a process of its own, then runs, each in a new JVM, the library inside a minimal Spring
 * Boot application ({@link FreshJvmLibraryRun}) and the raw JDK {@code HttpClient} + Jackson program
 * ({@link FreshJvmRawRun}), alternating, plus the library at each paging concurrency of the sweep. One warm-up
 * round (library and raw, not counted) fills the OS file cache. Prints medians and ratios as Markdown (also written
 * to {@code <output dir>/fresh-jvm.md}, each run's log to {@code <output dir>/fresh-jvm-logs}); exits 1 when a run
 * fails or a request count is wrong. Speed targets are reported, not enforced.
 *
 * <p>Arguments: the output directory and the worker class path (the module's runtime class path); the bench
 * classes' own directory is put in front of it. System properties: {@code bench.latencies} (default {@code 0,20}),
 * {@code bench.runs} (5), {@code bench.retrieves} (100), {@code bench.sweepRetrieves} (10, before the {@code listAll} of each
 * concurrency of the sweep, so that it is not the JVM's first call), {@code bench.concurrencies} ({@code 1,4,8,16}) and
 * {@code bench.workerJvmArgs} (extra JVM options of every run, e.g. a JFR recording; space-separated) and
 * {@code bench.baselineJvmArgs} (when set: a further library configuration, {@code library-before}, run with these
 * extra JVM options in every round, e.g. system properties that select an older transport, and compared with the
 * library in its own table; space-separated) and {@code bench.baselineClasspath} (when set: the same
 * {@code library-before} configuration, with these classes in front of the class path, e.g. an older build of the
 * library's {@code target/classes}, so that old and new are measured in one run) and {@code bench.tls} ({@code true}:
 * the server speaks HTTPS with a self-signed key made by {@code keytool}, which every run trusts).
 */
public final class FreshJvmBenchmark {

    private static final long RUN_TIMEOUT_SECONDS = 180;
    private static final long SERVER_START_TIMEOUT_SECONDS = 60;
    private static final long SERVER_LIFETIME_SECONDS = 3_600;
    private static final String BASELINE_CLASSPATH =
            System.getProperty("bench.baselineClasspath", "").strip();
    private static final String KEY_STORE_PASSWORD = "bench-only";
    /** The server's self-signed key store when {@code bench.tls} is set, else {@code null}. */
    private static Path keyStore;

    private final Path output;
    private final String workerClasspath;
    private final List<String> workerJvmArgs;
    private final int retrieves;
    private final int sweepRetrieves;
    private final List<String> baselineJvmArgs;
    private final HttpClient control = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<String> problems = new ArrayList<>();

    private FreshJvmBenchmark(
            Path output,
            String workerClasspath,
            List<String> workerJvmArgs,
            List<String> baselineJvmArgs,
            int retrieves,
            int sweepRetrieves) {
        this.output = output;
        this.baselineJvmArgs = baselineJvmArgs;
        this.workerClasspath = workerClasspath;
        this.workerJvmArgs = workerJvmArgs;
        this.retrieves = retrieves;
        this.sweepRetrieves = sweepRetrieves;
    }

    /** One configuration of a run: who runs, at which paging concurrency. */
    record Config(String name, String mainClass, String concurrency, int retrieves) {

        boolean raw() {
            return mainClass.equals(FreshJvmRawRun.class.getName());
        }
    }

    /** What one run reported, its server-side counts and its process wall time. */
    record Run(Config config, Map<String, Double> values) {

        double value(String key) {
            Double value = values.get(key);
            return value == null ? Double.NaN : value;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args the output directory, and the worker class path
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path output = Path.of(args[0]);
        String ownClasses = System.getProperty("java.class.path");
        String workerClasspath = ownClasses + File.pathSeparator + args[1];
        List<String> jvmArgs = words(System.getProperty("bench.workerJvmArgs", ""));
        List<String> baselineArgs = words(System.getProperty("bench.baselineJvmArgs", ""));
        int runs = Integer.getInteger("bench.runs", 5);
        int retrieves = Integer.getInteger("bench.retrieves", 100);
        int sweepRetrieves = Integer.getInteger("bench.sweepRetrieves", 10);
        List<Long> latencies = numbers(System.getProperty("bench.latencies", "0,20"));
        List<Long> concurrencies = numbers(System.getProperty("bench.concurrencies", "1,4,8,16"));
        Files.createDirectories(output.resolve("fresh-jvm-logs"));
        if (Boolean.getBoolean("bench.tls")) {
            keyStore = selfSignedKeyStore(output);
            jvmArgs = new ArrayList<>(jvmArgs);
            jvmArgs.addAll(trustStoreArgs());
            // the harness's own control requests trust it too
            trustStoreArgs().forEach(arg -> {
                String[] pair = arg.substring(2).split("=", 2);
                System.setProperty(pair[0], pair[1]);
            });
        }

        FreshJvmBenchmark benchmark =
                new FreshJvmBenchmark(output, workerClasspath, jvmArgs, baselineArgs, retrieves, sweepRetrieves);
        StringBuilder report = new StringBuilder();
        report.append(machine(runs, retrieves, sweepRetrieves, jvmArgs));
        if (!baselineArgs.isEmpty()) {
            report.append("\n`library-before` runs with these extra JVM options: `")
                    .append(String.join(" ", baselineArgs))
                    .append("`\n");
        }
        if (keyStore != null) {
            report.append("\nServer: HTTPS (HTTP/1.1 over TLS 1.3, a self-signed EC key every run trusts)\n");
        }
        if (!BASELINE_CLASSPATH.isEmpty()) {
            report.append("\n`library-before` runs with these classes in front of the class path: `")
                    .append(BASELINE_CLASSPATH)
                    .append("`\n");
        }
        for (long latency : latencies) {
            report.append(benchmark.measure(latency, runs, concurrencies));
        }
        if (!benchmark.problems.isEmpty()) {
            report.append("\n**Failed checks:**\n\n");
            benchmark.problems.forEach(
                    problem -> report.append("- ").append(problem).append('\n'));
        }
        Files.writeString(output.resolve("fresh-jvm.md"), report, StandardCharsets.UTF_8);
        System.out.println("\n===== FRESH-JVM RESULTS (also in " + output.resolve("fresh-jvm.md") + ") =====\n");
        System.out.println(report);
        System.exit(benchmark.problems.isEmpty() ? 0 : 1);
    }

    private String measure(long latency, int runs, List<Long> concurrencies) throws IOException, InterruptedException {
        Config library = new Config("library", FreshJvmLibraryRun.class.getName(), "default", retrieves);
        Config raw = new Config("raw", FreshJvmRawRun.class.getName(), "1", retrieves);
        Config baseline = new Config("library-before", FreshJvmLibraryRun.class.getName(), "default", retrieves);
        List<Config> round = new ArrayList<>(List.of(library, raw));
        if (hasBaseline()) {
            round.add(baseline);
        }
        int sweepStart = round.size();
        for (long concurrency : concurrencies) {
            round.add(new Config(
                    "library-c" + concurrency,
                    FreshJvmLibraryRun.class.getName(),
                    Long.toString(concurrency),
                    sweepRetrieves));
        }
        Path serverLog = output.resolve("fresh-jvm-logs").resolve("server-" + latency + "ms.log");
        List<String> serverCommand = new ArrayList<>(List.of(
                java(),
                "-cp",
                workerClasspath,
                FreshJvmServer.class.getName(),
                Long.toString(latency),
                Long.toString(SERVER_LIFETIME_SECONDS)));
        if (keyStore != null) {
            serverCommand.addAll(List.of(keyStore.toString(), KEY_STORE_PASSWORD));
        }
        Process server = new ProcessBuilder(serverCommand)
                .redirectErrorStream(true)
                .redirectOutput(serverLog.toFile())
                .start();
        try {
            String baseUrl = (keyStore == null ? "http" : "https") + "://127.0.0.1:" + awaitPort(server, serverLog);
            List<Run> measured = new ArrayList<>();
            for (int index = 0; index <= runs; index++) {
                for (Config config : index == 0 ? round.subList(0, sweepStart) : round) {
                    Run run = run(config, baseUrl, latency, index);
                    if (index > 0) {
                        measured.add(run);
                    }
                }
            }
            String tables = table(latency, measured, library, raw, round.subList(sweepStart, round.size()));
            return hasBaseline() ? tables + baselineTable(latency, measured, library, baseline) : tables;
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private Run run(Config config, String baseUrl, long latency, int index) throws IOException, InterruptedException {
        send(baseUrl + "/__bench/reset");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(workerJvmArgs.stream()
                .map(arg -> arg.replace("{run}", latency + "ms-" + config.name() + "-" + index))
                .toList());
        if (config.name().equals("library-before")) {
            command.addAll(baselineJvmArgs);
        }
        boolean before = config.name().equals("library-before") && !BASELINE_CLASSPATH.isEmpty();
        String classpath = before ? BASELINE_CLASSPATH + File.pathSeparator + workerClasspath : workerClasspath;
        command.addAll(List.of("-cp", classpath, config.mainClass(), baseUrl));
        if (!config.raw()) {
            command.add(config.concurrency());
        }
        command.add(Integer.toString(config.retrieves()));
        Path log = output.resolve("fresh-jvm-logs").resolve(latency + "ms-" + config.name() + "-" + index + ".log");
        double load = loadAverage();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        double wallMs = (System.nanoTime() - started) / 1e6;
        Map<String, Double> values = new LinkedHashMap<>();
        String result = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("RESULT "))
                .findFirst()
                .orElse(null);
        if (process.isAlive() || process.exitValue() != 0 || result == null) {
            problems.add(latency + " ms, " + config.name() + " run " + index + " failed: see " + log);
        } else {
            parse(result.substring("RESULT ".length()), values);
        }
        parse(send(baseUrl + "/__bench/stats"), values);
        values.put("wallMs", wallMs);
        values.put("loadAverage", load);
        Run run = new Run(config, values);
        check(run, latency, index);
        System.out.printf(
                Locale.ROOT,
                "%3d ms %-12s run %d: context %.0f, first %.1f, retrieve %.0f, listAll %.0f ms (%s)%n",
                latency,
                config.name(),
                index,
                run.value("contextMs"),
                run.value("retrieveFirstMs"),
                run.value("retrieveTotalMs"),
                run.value("listAllMs"),
                result == null ? "no result" : "ok");
        return run;
    }

    private boolean hasBaseline() {
        return !baselineJvmArgs.isEmpty() || !BASELINE_CLASSPATH.isEmpty();
    }

    private void check(Run run, long latency, int index) {
        long expectedLists = (FreshJvmServer.IMAGES + 49) / 50;
        String what = latency + " ms, " + run.config().name() + " run " + index + ": ";
        if (run.value("lists") != expectedLists) {
            problems.add(what + run.value("lists") + " list requests, expected " + expectedLists);
        }
        if (run.value("retrieves") != run.config().retrieves()) {
            problems.add(what + run.value("retrieves") + " retrieve requests, expected "
                    + run.config().retrieves());
        }
        if (run.value("others") != 0) {
            problems.add(what + run.value("others") + " requests to unknown paths");
        }
    }

    private String table(long latency, List<Run> runs, Config library, Config raw, List<Config> sweep) {
        List<Run> ours = of(runs, library);
        List<Run> theirs = of(runs, raw);
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "\n### Fresh JVM, %d ms added latency: library (default paging concurrency) vs raw JDK HttpClient"
                        + " + Jackson (median of %d alternating runs each)\n\n",
                latency,
                ours.size()));
        table.append("| measure | library | raw | library / raw |\n| --- | ---: | ---: | ---: |\n");
        row(table, "start-up: Spring context (library) / client + mapper (raw), ms", ours, theirs, "contextMs");
        row(table, "first call (`retrieve` #1 of the JVM), ms", ours, theirs, "retrieveFirstMs");
        row(table, retrieves + " sequential `retrieve` (the first included), ms", ours, theirs, "retrieveTotalMs");
        row(table, "one `retrieve` after the first (median call), ms", ours, theirs, "retrieveRestMedianMs");
        row(table, "`listAll` of 2,000 images vs sequential page walk, ms", ours, theirs, "listAllMs");
        row(table, "CPU of the process during the start-up, ms", ours, theirs, "contextCpuMs");
        row(table, "CPU of the process during the " + retrieves + " `retrieve`, ms", ours, theirs, "retrieveCpuMs");
        row(table, "CPU of the process during `listAll` / the walk, ms", ours, theirs, "listAllCpuMs");
        row(table, "JVM start to `main`, ms", ours, theirs, "jvmToMainMs");
        row(table, "whole process (launch to exit), ms", ours, theirs, "wallMs");
        row(table, "list requests per run (max)", ours, theirs, "lists", true);
        row(table, "TCP connections per run (max)", ours, theirs, "connections", true);
        row(table, "requests asking for an h2c upgrade (max)", ours, theirs, "h2cUpgrades", true);
        row(table, "requests with Accept-Encoding (max)", ours, theirs, "acceptEncoding", true);
        double perCallOurs = (median(ours, r -> r.value("retrieveTotalMs")) / retrieves) - latency;
        double perCallRaw = (median(theirs, r -> r.value("retrieveTotalMs")) / retrieves) - latency;
        table.append(String.format(
                Locale.ROOT,
                "\nPer `retrieve`, above the %d ms latency (median total / %d - latency): library %.2f ms, raw %.2f ms"
                        + " (+%.2f ms per call).\n",
                latency,
                retrieves,
                perCallOurs,
                perCallRaw,
                perCallOurs - perCallRaw));

        table.append(String.format(
                Locale.ROOT,
                "\n#### `listAll` of 2,000 images by `hetzner.paging.concurrency`, %d ms latency (median of %d runs;"
                        + " each run a fresh JVM doing %d `retrieve` calls before the `listAll`)\n\n",
                latency,
                ours.size(),
                sweepRetrieves));
        table.append("| paging concurrency | listAll ms (median) | min - max | / raw sequential walk | list requests |"
                + " TCP connections |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        double rawWalk = median(theirs, r -> r.value("listAllMs"));
        table.append(String.format(
                Locale.ROOT,
                "| raw sequential walk | %.0f | %s | 1.00 | %.0f | %.0f |\n",
                rawWalk,
                range(theirs, "listAllMs"),
                max(theirs, "lists"),
                max(theirs, "connections")));
        for (Config config : sweep) {
            List<Run> these = of(runs, config);
            double listAll = median(these, r -> r.value("listAllMs"));
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %s | %.2f | %.0f | %.0f |\n",
                    config.concurrency(),
                    listAll,
                    range(these, "listAllMs"),
                    listAll / rawWalk,
                    max(these, "lists"),
                    max(these, "connections")));
        }
        table.append(String.format(
                Locale.ROOT,
                "\nThe floor at this latency: page 1, then the other 39 pages at once = 2 round trips = %d ms plus"
                        + " transfer and decoding.\n",
                2 * latency));

        table.append("\n<details><summary>Every run (ms; load average of the machine when it started)</summary>\n\n"
                + "| run | context | first call | retrieves | listAll | process | load |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Run run : runs) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f | %.0f | %.0f | %.0f | %.1f |\n",
                    run.config().name(),
                    run.value("contextMs"),
                    run.value("retrieveFirstMs"),
                    run.value("retrieveTotalMs"),
                    run.value("listAllMs"),
                    run.value("wallMs"),
                    run.value("loadAverage")));
        }
        table.append("\n</details>\n");
        return table.toString();
    }

    private String baselineTable(long latency, List<Run> runs, Config library, Config baseline) {
        List<Run> after = of(runs, library);
        List<Run> before = of(runs, baseline);
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "\n#### Fresh JVM, %d ms added latency: library vs `library-before` (median of %d alternating runs"
                        + " each)\n\n",
                latency,
                after.size()));
        table.append(
                "| measure | library | library-before | library / library-before |\n| --- | ---: | ---: | ---: |\n");
        row(table, "start-up: Spring context, ms", after, before, "contextMs");
        row(table, "CPU of the process during the start-up, ms", after, before, "contextCpuMs");
        row(table, "first call (`retrieve` #1 of the JVM), ms", after, before, "retrieveFirstMs");
        row(table, retrieves + " sequential `retrieve` (the first included), ms", after, before, "retrieveTotalMs");
        row(table, "one `retrieve` after the first (median call), ms", after, before, "retrieveRestMedianMs");
        row(table, "CPU of the process during the " + retrieves + " `retrieve`, ms", after, before, "retrieveCpuMs");
        row(table, "`listAll` of 2,000 images, ms", after, before, "listAllMs");
        row(table, "CPU of the process during `listAll`, ms", after, before, "listAllCpuMs");
        row(table, "requests asking for an h2c upgrade (max)", after, before, "h2cUpgrades", true);
        row(table, "requests with Accept-Encoding (max)", after, before, "acceptEncoding", true);
        return table.toString();
    }

    private static void row(StringBuilder table, String name, List<Run> ours, List<Run> theirs, String key) {
        row(table, name, ours, theirs, key, false);
    }

    private static void row(
            StringBuilder table, String name, List<Run> ours, List<Run> theirs, String key, boolean count) {
        double a = count ? max(ours, key) : median(ours, r -> r.value(key));
        double b = count ? max(theirs, key) : median(theirs, r -> r.value(key));
        String format = count ? "| %s | %.0f | %.0f | %s |\n" : "| %s | %.1f | %.1f | %s |\n";
        String ratio = count || b == 0 ? "" : String.format(Locale.ROOT, "**%.2f**", a / b);
        table.append(String.format(Locale.ROOT, format, name, a, b, ratio));
    }

    private static List<Run> of(List<Run> runs, Config config) {
        return runs.stream().filter(run -> run.config().equals(config)).toList();
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double max(List<Run> runs, String key) {
        return runs.stream().mapToDouble(run -> run.value(key)).max().orElse(Double.NaN);
    }

    private static String range(List<Run> runs, String key) {
        double[] values = runs.stream().mapToDouble(run -> run.value(key)).toArray();
        return String.format(
                Locale.ROOT,
                "%.0f - %.0f",
                Arrays.stream(values).min().orElse(Double.NaN),
                Arrays.stream(values).max().orElse(Double.NaN));
    }

    private static void parse(String text, Map<String, Double> values) {
        for (String pair : text.trim().split("\\s+")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                try {
                    values.put(parts[0], Double.parseDouble(parts[1]));
                } catch (NumberFormatException ex) {
                    // not a number: not a measurement
                }
            }
        }
    }

    /** A key store with a self-signed key for 127.0.0.1, made by the JDK's {@code keytool}. */
    private static Path selfSignedKeyStore(Path output) throws IOException, InterruptedException {
        Path store = output.resolve("bench-tls.p12");
        Files.deleteIfExists(store);
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "bench",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        KEY_STORE_PASSWORD)
                .redirectErrorStream(true)
                .redirectOutput(
                        output.resolve("fresh-jvm-logs").resolve("keytool.log").toFile())
                .start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool could not make " + store);
        }
        return store;
    }

    /** JVM options that make a run trust the server's self-signed key. */
    private static List<String> trustStoreArgs() {
        return List.of(
                "-Djavax.net.ssl.trustStore=" + keyStore,
                "-Djavax.net.ssl.trustStorePassword=" + KEY_STORE_PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    private String send(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .build();
        return control.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int awaitPort(Process server, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SERVER_START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline && server.isAlive()) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("READY ")) {
                    return Integer.parseInt(line.substring("READY ".length()).trim());
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the benchmark server did not start: see " + log);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static List<Long> numbers(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .map(Long::parseLong)
                .toList();
    }

    /** The 1-minute load average, NaN where the OS does not tell (other work on the machine skews the times). */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String machine(int runs, int retrieves, int sweepRetrieves, List<String> jvmArgs) {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "Machine: %d CPUs, %.1f GiB RAM, %s %s (%s), %s %s; %d measured runs per configuration,"
                        + " %d retrieves per run (%d in the concurrency sweep), worker JVM options: %s\n",
                Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                runs,
                retrieves,
                sweepRetrieves,
                jvmArgs.isEmpty() ? "none" : String.join(" ", jvmArgs));
    }
}
