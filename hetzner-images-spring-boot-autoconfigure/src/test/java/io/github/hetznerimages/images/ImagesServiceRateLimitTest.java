package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.Sleeper;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import io.github.hetznerimages.testsupport.TokenBucketTransformer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk work under a small, fast token bucket takes about the time the bucket allows, not minutes. */
class ImagesServiceRateLimitTest {

    private static final int PAGES = 40;
    private static final int PER_PAGE = 50;

    private WireMockServer server;
    private final Map<String, Duration> waitsByThread = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        server.stop();
    }

    /** Sleeps for real (the bucket follows the wall clock) and adds each wait to its thread's total. */
    private final Sleeper sleeper = duration -> {
        waitsByThread.merge(Thread.currentThread().getName(), duration, Duration::plus);
        Sleeper.SYSTEM.sleep(duration);
    };

    private ImagesService imagesBehind(TokenBucketTransformer bucket) {
        server = new WireMockServer(options().dynamicPort().extensions(bucket));
        server.start();
        for (int page = 1; page <= PAGES; page++) {
            Long next = page < PAGES ? (long) page + 1 : null;
            server.stubFor(get(urlPathEqualTo("/images"))
                    .withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okJson(ImageFixtures.snapshotPage(
                            page, PER_PAGE, (page - 1L) * PER_PAGE + 1, PER_PAGE, next, (long) PAGES, 2000L))));
        }
        server.stubFor(
                get(urlPathEqualTo("/images/42")).willReturn(okJson(Fixtures.json("images/image-snapshot.json"))));
        HetznerClient client = HetznerClient.builder()
                .baseUrl(server.baseUrl())
                .token(HetznerApiExtension.TOKEN)
                .sleeper(sleeper)
                .build(); // the default paging concurrency (16)
        return new ImagesService(client, new ImageActionsService(client));
    }

    private Duration longestWaitOfOneThread() {
        return waitsByThread.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    @Test
    void listingTwoThousandImagesUnderABucketOfTwentyRefillingTenASecondTakesAboutTwoSeconds() {
        // 40 pages: 20 at once, 20 more at 10 a second, so about 2 s of waiting
        TokenBucketTransformer bucket = new TokenBucketTransformer(20, 20, Duration.ofMillis(100), Clock.systemUTC());

        List<Image> all = imagesBehind(bucket).listAll();

        assertThat(all).hasSize(2000);
        assertThat(bucket.refused()).as("answers of 429").isLessThanOrEqualTo(2);
        assertThat(longestWaitOfOneThread()).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void aRetrieveAgainstAnEmptyBucketWaitsForOneRefillNotMinutes() {
        TokenBucketTransformer bucket = new TokenBucketTransformer(20, 0, Duration.ofMillis(100), Clock.systemUTC());

        Image image = imagesBehind(bucket).retrieve(42);

        assertThat(image.id()).isPositive();
        assertThat(longestWaitOfOneThread()).isLessThan(Duration.ofSeconds(2));
    }
}
