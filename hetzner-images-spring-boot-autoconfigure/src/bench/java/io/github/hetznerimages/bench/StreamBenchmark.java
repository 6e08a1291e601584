package io.github.hetznerimages.bench;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImagesService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ImagesService.stream} over 100,000 images in a JVM limited to 64 MB of heap (memory stays bounded;
 * throughput), with {@code ImagesService.listAll} of the same list in the same limit as the contrast, and the
 * prefetch's effect: a consumer that works 20 ms per page on a list with 20 ms latency, the service's stream against
 * reading the pages one after the other with {@code ImagesService.list}.
 */
final class StreamBenchmark {

    /** The largest page size the API accepts, which list-all calls use. */
    static final int MAX_PAGE_SIZE = 50;

    static final int IMAGES = 100_000;
    static final String HEAP = "-Xmx64m";
    static final int STALL_PAGES = 20;
    static final long STALL_MILLIS = 20;
    private static final long PROBE_TIMEOUT_SECONDS = 120;

    private StreamBenchmark() {}

    /** The results of one forked probe, as it printed them. */
    record Probe(String mode, Map<String, String> values) {

        double number(String key) {
            return Double.parseDouble(values.getOrDefault(key, "-1"));
        }

        boolean outOfMemory() {
            return Boolean.parseBoolean(values.get("outOfMemory"));
        }
    }

    /** Times of the prefetch comparison: a plain page-by-page loop and our stream, milliseconds. */
    record Stalls(double withoutPrefetchMillis, double withPrefetchMillis) {}

    static List<Probe> runProbes() {
        try (StubApi stub = StubApi.start(4).total(IMAGES)) {
            List<Probe> probes = new ArrayList<>();
            for (String mode : List.of("stream", "listAll")) {
                probes.add(fork(stub.baseUrl(), mode));
            }
            return probes;
        }
    }

    static Stalls runStalls() {
        try (StubApi stub = StubApi.start(4).total(STALL_PAGES * 50).latencyMillis(STALL_MILLIS)) {
            ImagesService service = BenchClients.images(BenchClients.hetzner(stub.baseUrl(), 4));
            double without = Double.MAX_VALUE;
            double with = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                without = Math.min(without, time(() -> consumeWithoutPrefetch(service)));
                with = Math.min(with, time(() -> {
                    try (Stream<Image> images = service.stream(ImageListRequest.all())) {
                        images.forEach(StreamBenchmark::work);
                    }
                }));
            }
            return new Stalls(without, with);
        }
    }

    /** The consumer's work: 20 ms at the first image of each page (a page of 50 takes 20 ms to process). */
    private static void work(Image image) {
        if ((image.id() - 1) % 50 == 0) {
            try {
                Thread.sleep(STALL_MILLIS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The same pages read one after the other with {@code ImagesService.list}, nothing fetched ahead. */
    private static void consumeWithoutPrefetch(ImagesService service) {
        Long page = 1L;
        while (page != null) {
            Page<Image> result = service.list(
                    ImageListRequest.builder().page(page).perPage(MAX_PAGE_SIZE).build());
            result.items().forEach(StreamBenchmark::work);
            page = result.hasNext() ? result.pagination().nextPage() : null;
        }
    }

    private static double time(Runnable task) {
        long started = System.nanoTime();
        task.run();
        return (System.nanoTime() - started) / 1e6;
    }

    private static Probe fork(String baseUrl, String mode) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Path log = Files.createTempFile("hetzner-bench-" + mode, ".log");
            Process process = new ProcessBuilder(
                            java,
                            HEAP,
                            "-XX:+ExitOnOutOfMemoryError",
                            "-cp",
                            System.getProperty("java.class.path"),
                            StreamMemoryProbe.class.getName(),
                            baseUrl,
                            mode)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        String[] parts = pair.split("=", 2);
                        values.put(parts[0], parts[1]);
                    }
                } else if (line.contains("OutOfMemoryError")) {
                    values.put("outOfMemory", "true");
                }
            }
            Files.delete(log);
            if (values.isEmpty()) {
                throw new IllegalStateException(
                        "the " + mode + " probe printed no result (exit " + process.exitValue() + ")");
            }
            return new Probe(mode, values);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
