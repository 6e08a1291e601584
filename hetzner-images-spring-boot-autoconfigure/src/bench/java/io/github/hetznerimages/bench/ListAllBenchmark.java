package io.github.hetznerimages.bench;

import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImagesService;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ImagesService.listAll(ImageListRequest.all())} of 2,000 images (40 pages of 50) with 20 ms latency per
 * request: concurrent paging (4 pages at once, the in-JVM series kept as it was first measured) against one page after the other (concurrency 1),
 * measured alternately in the same run. The stub counts the requests of each run.
 */
final class ListAllBenchmark {

    /** The largest page size the API accepts, which list-all calls use. */
    static final int MAX_PAGE_SIZE = 50;

    static final int IMAGES = 2_000;
    static final long LATENCY_MILLIS = 20;
    private static final int WARMUP_RUNS = 2;
    private static final int MEASURED_RUNS = 5;

    private ListAllBenchmark() {}

    /** The median time and the requests of one run, per concurrency. */
    record Result(int concurrency, double medianMillis, long requestsPerRun, int images) {}

    static List<Result> run() {
        try (StubApi stub = StubApi.start(16).total(IMAGES).latencyMillis(LATENCY_MILLIS)) {
            HetznerClient sequential = BenchClients.hetzner(stub.baseUrl(), 1);
            HetznerClient concurrent = BenchClients.hetzner(stub.baseUrl(), 4);
            List<ImagesService> services = List.of(BenchClients.images(sequential), BenchClients.images(concurrent));
            List<Double> sequentialTimes = new ArrayList<>();
            List<Double> concurrentTimes = new ArrayList<>();
            long[] requests = new long[2];
            int[] images = new int[2];
            for (int round = 0; round < WARMUP_RUNS + MEASURED_RUNS; round++) {
                boolean measured = round >= WARMUP_RUNS;
                for (int which = 0; which < 2; which++) {
                    stub.resetRequests();
                    long started = System.nanoTime();
                    List<Image> all = services.get(which).listAll(ImageListRequest.all());
                    double millis = (System.nanoTime() - started) / 1e6;
                    check(all);
                    if (measured) {
                        (which == 0 ? sequentialTimes : concurrentTimes).add(millis);
                        requests[which] = Math.max(requests[which], stub.requests());
                        images[which] = all.size();
                    }
                }
            }
            return List.of(
                    new Result(1, median(sequentialTimes), requests[0], images[0]),
                    new Result(4, median(concurrentTimes), requests[1], images[1]));
        }
    }

    private static void check(List<Image> all) {
        if (all.size() != IMAGES) {
            throw new IllegalStateException("listAll returned " + all.size() + " images, expected " + IMAGES);
        }
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).id() != index + 1) {
                throw new IllegalStateException(
                        "image " + index + " out of order: id " + all.get(index).id());
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The expected requests: one per page of {@link #MAX_PAGE_SIZE}. */
    static long expectedRequests() {
        return (IMAGES + MAX_PAGE_SIZE - 1) / MAX_PAGE_SIZE;
    }
}
