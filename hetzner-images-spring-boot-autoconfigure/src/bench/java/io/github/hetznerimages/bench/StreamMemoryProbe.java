package io.github.hetznerimages.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImagesService;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs in a JVM of its own with a small heap ({@code -Xmx64m}): walks every image of the stub's list once, either
 * with {@code ImagesService.stream} or with {@code ImagesService.listAll}, and prints one line of {@code key=value} results: time, images,
 * the peak heap use seen by the garbage collector (just before a collection) and the most heap still in use
 * right after one (the live set). Run it with {@code -XX:+ExitOnOutOfMemoryError}: an OutOfMemoryError on any
 * thread (the HTTP client's included) ends it at once, without a result line.
 */
public final class StreamMemoryProbe {

    private static final AtomicLong PEAK_BEFORE_GC = new AtomicLong();
    private static final AtomicLong MAX_AFTER_GC = new AtomicLong();
    private static final AtomicLong GCS = new AtomicLong();

    private StreamMemoryProbe() {}

    /**
     * Runs the probe.
     *
     * @param args the stub's base URL and {@code stream} or {@code listAll}
     */
    public static void main(String[] args) {
        String baseUrl = args[0];
        boolean stream = args[1].equals("stream");
        listenToCollections();
        ImagesService service = BenchClients.images(BenchClients.hetzner(baseUrl, 4));
        long started = System.nanoTime();
        long images;
        long checksum = 0;
        if (stream) {
            long[] seen = new long[2];
            try (Stream<Image> all = service.stream(ImageListRequest.all())) {
                all.forEach(image -> {
                    seen[0]++;
                    seen[1] += image.id() + image.description().length();
                });
            }
            images = seen[0];
            checksum = seen[1];
        } else {
            List<Image> all = service.listAll(ImageListRequest.all());
            images = all.size();
            for (Image image : all) {
                checksum += image.id() + image.description().length();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long usedNow = heapUsed();
        System.out.println("RESULT images=" + images + " seconds=" + seconds + " outOfMemory=false"
                + " peakHeapBytes=" + Math.max(PEAK_BEFORE_GC.get(), usedNow) + " maxLiveAfterGcBytes="
                + MAX_AFTER_GC.get() + " gcs=" + GCS.get() + " maxHeapBytes="
                + Runtime.getRuntime().maxMemory() + " checksum=" + checksum);
    }

    private static void listenToCollections() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                GCS.incrementAndGet();
                                PEAK_BEFORE_GC.accumulateAndGet(
                                        sum(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools), Math::max);
                                MAX_AFTER_GC.accumulateAndGet(
                                        sum(info.getGcInfo().getMemoryUsageAfterGc(), heapPools), Math::max);
                            },
                            null,
                            null);
        }
    }

    private static long sum(Map<String, MemoryUsage> usage, Set<String> heapPools) {
        return usage.entrySet().stream()
                .filter(entry -> heapPools.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().getUsed())
                .sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
