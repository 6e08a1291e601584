package io.github.hetznerimages.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults on demand: the next N requests of a route fail as planned, then the fake answers normally again. */
class FakeFaultTest {

    private HetznerImagesFake fake;
    private WireClient api;

    @BeforeEach
    void startFake() {
        fake = HetznerImagesFake.start();
        api = new WireClient(fake);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void theNextRequestsOfTheRouteAreRateLimitedThenServed() {
        fake.failNext(FakeRoute.LIST_IMAGES, 2, FakeFault.rateLimited());

        WireClient.Answer first = api.get("/images");
        WireClient.Answer second = api.get("/images?type=snapshot");
        WireClient.Answer third = api.get("/images");

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.json().at("/error/code").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(first.header("X-Correlation-Id")).startsWith("local-");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void aFaultOnOneRouteLeavesTheOthersAlone() {
        fake.failNext(FakeRoute.GET_IMAGE, 1, FakeFault.unavailable());

        assertThat(api.get("/images").status()).isEqualTo(200);
        assertThat(api.get("/images/302000001").status()).isEqualTo(503);
        assertThat(api.get("/images/302000001").status()).isEqualTo(200);
    }

    @Test
    void aFaultedRequestChangesNothing() {
        fake.failNext(FakeRoute.DELETE_IMAGE, 1, FakeFault.error(500, "server_error", "boom"));

        WireClient.Answer refused = api.delete("/images/302000001");

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.json().at("/error/message").asString()).isEqualTo("boom");
        assertThat(fake.imageIds()).contains(302000001L);
        fake.assertNothingDeleted();
        assertThat(api.delete("/images/302000001").status()).isEqualTo(204);
        fake.assertDeleted(302000001L);
    }

    @Test
    void connectionResetGivesNoAnswerAndIsRecordedWithStatusZero() {
        fake.failNext(FakeRoute.CREATE_IMAGE, 1, FakeFault.connectionReset());

        assertThatThrownBy(() -> api.post("/servers/4711/actions/create_image", "{}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(fake.requests()).extracting(FakeRequest::status).containsExactly(0);
        assertThat(fake.createdImageIds()).isEmpty();
    }

    @Test
    void undecodableAnswersAreJsonInNameOnly() {
        fake.failNext(FakeRoute.GET_ACTION, 1, FakeFault.undecodable());

        assertThatThrownBy(() -> api.get("/actions/1")).hasMessageContaining("Unexpected end-of-input");
        assertThat(fake.requests()).extracting(FakeRequest::status).containsExactly(200);
    }

    @Test
    void slowAnswersComeAfterTheDelayButTheRequestIsCarriedOut() {
        fake.failNext(FakeRoute.DELETE_IMAGE, 1, FakeFault.slow(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> api.send(api.request("/images/302000001")
                        .timeout(Duration.ofMillis(200))
                        .DELETE()))
                .hasCauseInstanceOf(HttpTimeoutException.class);
        fake.assertDeleted(302000001L);
    }

    @Test
    void faultsDescribeThemselves() {
        assertThat(FakeFault.rateLimited()).hasToString("FakeFault[429 rate_limit_exceeded]");
        assertThat(FakeFault.slow(Duration.ofSeconds(3))).hasToString("FakeFault[slow PT3S]");
        assertThat(FakeFault.connectionReset()).hasToString("FakeFault[reset]");
        assertThat(FakeFault.undecodable()).hasToString("FakeFault[undecodable]");
    }

    @Test
    void badFaultsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> FakeFault.error(200, "ok", "fine"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be between 400 and 599, was 200");
        assertThatThrownBy(() -> FakeFault.error(409, " ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must not be blank, was ' '");
        assertThatThrownBy(() -> FakeFault.slow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delay must be positive, was PT0S");
        assertThatThrownBy(() -> fake.failNext(FakeRoute.LIST_IMAGES, 0, FakeFault.unavailable()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("times at least 1");
    }
}
