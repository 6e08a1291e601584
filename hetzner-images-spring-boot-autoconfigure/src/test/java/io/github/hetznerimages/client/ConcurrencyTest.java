package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads gives each call its own, correct answer. */
class ConcurrencyTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final int THREADS = 16;
    private static final int CALLS = 20;

    record Thing(long id, String name) {}

    record ThingEnvelope(Thing thing) {}

    @Test
    void sixteenThreadsTimesTwentyCallsAllGetTheirOwnAnswer() throws Exception {
        api.server()
                .stubFor(get(urlPathMatching("/things/[0-9]+"))
                        .willReturn(okJson("{\"thing\":{\"id\":{{request.pathSegments.[1]}},"
                                        + "\"name\":\"thing-{{request.pathSegments.[1]}}\"}}")
                                .withHeader("RateLimit-Limit", "3600")
                                .withHeader("RateLimit-Remaining", "3000")
                                .withTransformers("response-template")));
        HetznerClient client = api.client();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<long[]>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<long[]> results = new ArrayList<>();
                    for (int i = 0; i < CALLS; i++) {
                        long id = thread * 1000L + i + 1;
                        Thing thing = client.execute(
                                ApiRequest.get("/things/{id}").withPathVariable("id", id),
                                ThingEnvelope.class,
                                ThingEnvelope::thing,
                                "thing");
                        assertThat(thing.name()).isEqualTo("thing-" + id);
                        results.add(new long[] {id, thing.id()});
                    }
                    return results;
                }));
            }
            start.countDown();

            Set<Long> seen = new HashSet<>();
            for (Future<List<long[]>> future : futures) {
                for (long[] result : future.get(30, TimeUnit.SECONDS)) {
                    assertThat(result[1]).as("answer to id %d", result[0]).isEqualTo(result[0]);
                    seen.add(result[1]);
                }
            }
            assertThat(seen).hasSize(THREADS * CALLS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.server().findAll(anyRequestedFor(anyUrl()))).hasSize(THREADS * CALLS);
        assertThat(api.sleeper().sleeps()).isEmpty();
        assertThat(client.rateLimit())
                .hasValueSatisfying(limit -> assertThat(limit.remaining()).isEqualTo(3000));
    }
}
