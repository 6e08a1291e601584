package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.hetznerimages.testsupport.FakeTime;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import io.github.hetznerimages.testsupport.TokenBucketTransformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** All callers of one client draw from one rate-limit budget: concurrent callers take turns instead of racing. */
class SharedBudgetTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private WireMockServer server;

    record Thing(long id) {}

    record ThingEnvelope(Thing thing) {}

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HetznerClient clientFor(TokenBucketTransformer bucket, FakeTime time) {
        server = new WireMockServer(options().dynamicPort().extensions(bucket));
        server.start();
        server.stubFor(get(urlPathMatching("/things/[0-9]+")).willReturn(okJson("{\"thing\":{\"id\":7}}")));
        return HetznerClient.builder()
                .baseUrl(server.baseUrl())
                .token(HetznerApiExtension.TOKEN)
                .sleeper(time)
                .clock(time.clock())
                .build();
    }

    @Test
    void sixteenThreadsTimesTwoHundredCallsOnANearlyEmptyBucketGetNo429() throws Exception {
        FakeTime time = new FakeTime(T0);
        // Hetzner's bucket (3600 an hour, one back per second) with 3 requests left
        TokenBucketTransformer bucket = new TokenBucketTransformer(3600, 3, Duration.ofSeconds(1), time.clock());
        HetznerClient client = clientFor(bucket, time);
        int threads = 16;
        int calls = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < calls; i++) {
                        ok += client.execute(ApiRequest.get("/things/7"), ThingEnvelope.class)
                                                .thing()
                                                .id()
                                        == 7
                                ? 1
                                : 0;
                    }
                    return ok;
                }));
            }
            start.countDown();
            int ok = 0;
            for (Future<Integer> result : results) {
                ok += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(ok).isEqualTo(threads * calls);
        } finally {
            pool.shutdownNow();
        }
        assertThat(bucket.refused()).as("answers of 429").isZero();
        assertThat(bucket.served()).isEqualTo(threads * calls);
    }
}
