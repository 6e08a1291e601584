package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An interrupt that arrives while an answer's body is still streaming ends the call at once, on every JDK. */
class InterruptDuringReadTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    /** A hang guard, far below the body's 20 s of streaming; not a speed target. */
    private static final Duration GUARD = Duration.ofSeconds(8);

    private final ScheduledExecutorService interrupter = Executors.newSingleThreadScheduledExecutor();

    record Thing(long id, String pad) {}

    record Outcome(Throwable thrown, boolean flagKept) {}

    @AfterEach
    void stop() {
        interrupter.shutdownNow();
    }

    private static boolean readingTheBody(Thread caller) {
        for (StackTraceElement frame : caller.getStackTrace()) {
            if (frame.getClassName().equals(ResponseReader.class.getName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anInterruptWhileTheBodyStreamsIsInterruptedWithTheFlagKeptAndNoRetry() {
        String body = "{\"id\":1,\"pad\":\"" + "x".repeat(4_000) + "\"}";
        api.server()
                .stubFor(get(urlPathEqualTo("/things/1"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(body)
                                .withChunkedDribbleDelay(200, 20_000)));
        HetznerClient client = api.client();

        Outcome outcome = assertTimeoutPreemptively(GUARD, () -> {
            Thread caller = Thread.currentThread();
            // the body takes 20 s: interrupt once the caller is reading it
            interrupter.scheduleWithFixedDelay(
                    () -> {
                        if (readingTheBody(caller)) {
                            caller.interrupt();
                            throw new IllegalStateException("done: stops the schedule");
                        }
                    },
                    10,
                    10,
                    TimeUnit.MILLISECONDS);
            Throwable failure = catchThrowable(() -> client.execute(ApiRequest.get("/things/1"), Thing.class));
            return new Outcome(failure, Thread.interrupted());
        });
        Throwable thrown = outcome.thrown();
        boolean flagKept = outcome.flagKept();

        assertThat(thrown).isInstanceOfSatisfying(TransporterException.class, ex -> {
            assertThat(ex.reason()).isEqualTo(Reason.INTERRUPTED);
            assertThat(ex.getMessage()).startsWith("GET /things/1: ");
        });
        assertThat(flagKept).as("interrupt flag kept").isTrue();
        assertThat(thrown.getMessage()).contains("HTTP 200");
        // every retry would first wait (the recording sleeper returns at once)
        assertThat(api.sleeper().sleeps()).as("retry waits").isEmpty();
    }
}
