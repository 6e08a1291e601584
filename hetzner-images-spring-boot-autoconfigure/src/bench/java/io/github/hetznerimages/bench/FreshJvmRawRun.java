package io.github.hetznerimages.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference of the fresh-JVM benchmark: what a developer writes without the library, one shared JDK
 * {@link HttpClient} pinned to HTTP/1.1 and a Jackson {@link JsonMapper} decoding into records of its own. It does
 * the library run's operations in the same order: {@code GET /images/{id}} for ids 1 to N one after the other,
 * then every page of {@code GET /images?per_page=50} one after the other, following {@code next_page}.
 *
 * <p>Arguments: base URL, number of retrieves.
 */
public final class FreshJvmRawRun {

    static final String TOKEN = "bench-token-not-a-secret";

    /** Ends the walk of a list that never ends; far above the 40 pages served. */
    private static final int MAX_PAGES = 1_000;

    private FreshJvmRawRun() {}

    /** The wire image, every field, enums left as strings. */
    record RawImage(
            long id,
            String type,
            String status,
            String name,
            String description,
            Double imageSize,
            Double diskSize,
            OffsetDateTime created,
            CreatedFrom createdFrom,
            Long boundTo,
            String osFlavor,
            String osVersion,
            Boolean rapidDeploy,
            Protection protection,
            OffsetDateTime deprecated,
            String deleted,
            Map<String, String> labels,
            String architecture) {}

    /** {@code created_from}. */
    record CreatedFrom(long id, String name) {}

    /** {@code protection}. */
    record Protection(boolean delete) {}

    /** {@code {"image": {...}}}. */
    record ImageEnvelope(RawImage image) {}

    /** {@code {"images": [...], "meta": {"pagination": {...}}}}. */
    record ListEnvelope(List<RawImage> images, Meta meta) {}

    /** {@code meta}. */
    record Meta(Pagination pagination) {}

    /** {@code meta.pagination}. */
    record Pagination(long page, long perPage, Long previousPage, Long nextPage, Long lastPage, Long totalEntries) {}

    /**
     * Runs once and prints a {@code RESULT} line; exits 1 when an answer is wrong.
     *
     * @param args base URL, number of retrieves
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        long mainStarted = System.nanoTime();
        FreshJvmReport report = new FreshJvmReport(mainStarted);
        FreshJvmReport.cpuNanos(); // loads what the CPU reading needs before anything is measured
        String baseUrl = args[0];
        int retrieves = Integer.parseInt(args[1]);

        long started = System.nanoTime();
        long cpuStarted = FreshJvmReport.cpuNanos();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        report.put("contextMs", FreshJvmReport.millis(System.nanoTime() - started));
        long cpu = FreshJvmReport.cpuNanos();
        report.put("contextCpuMs", FreshJvmReport.millis(cpu - cpuStarted));

        long[] calls = new long[retrieves];
        for (int index = 0; index < retrieves; index++) {
            long id = index % FreshJvmServer.IMAGES + 1;
            long callStarted = System.nanoTime();
            RawImage image = get(client, mapper, baseUrl + "/images/" + id, ImageEnvelope.class)
                    .image();
            calls[index] = System.nanoTime() - callStarted;
            check(image.id() == id, "GET /images/" + id + " returned image " + image.id());
        }
        report.putCalls("retrieve", calls);
        long retrieveCpu = FreshJvmReport.cpuNanos();
        report.put("retrieveCpuMs", FreshJvmReport.millis(retrieveCpu - cpu));

        long listStarted = System.nanoTime();
        List<RawImage> all = new ArrayList<>();
        Long page = 1L;
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            ListEnvelope envelope =
                    get(client, mapper, baseUrl + "/images?page=" + page + "&per_page=50", ListEnvelope.class);
            all.addAll(envelope.images());
            page = envelope.meta().pagination().nextPage();
        }
        report.put("listAllMs", FreshJvmReport.millis(System.nanoTime() - listStarted));
        report.put("listAllCpuMs", FreshJvmReport.millis(FreshJvmReport.cpuNanos() - retrieveCpu));
        check(all.size() == FreshJvmServer.IMAGES, "the walk returned " + all.size() + " images");
        for (int index = 0; index < all.size(); index++) {
            check(all.get(index).id() == index + 1, "the walk is out of order at " + index);
        }
        report.put("images", all.size());
        report.print();
        System.exit(0);
    }

    private static <T> T get(HttpClient client, JsonMapper mapper, String url, Class<T> type)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json")
                .header("User-Agent", "raw-jdk-client")
                .GET()
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        check(response.statusCode() == 200, "GET " + url + " answered HTTP " + response.statusCode());
        return mapper.readValue(response.body(), type);
    }

    /** Ends the run with exit code 1 when an answer is wrong: a benchmark of wrong answers means nothing. */
    static void check(boolean condition, String problem) {
        if (!condition) {
            System.out.println("FAILED " + problem);
            System.out.flush();
            System.exit(1);
        }
    }
}
