package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.client.Sleeper;
import io.github.hetznerimages.error.ActionInterruptedException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An interrupt ends a wait promptly with {@link ActionInterruptedException} and leaves the interrupt flag set. */
class WaitInterruptTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final String POLL_PATH = "/actions/13";

    @Test
    void interruptBeforeWaitingThrowsAtOnceWithoutARequestAndKeepsTheFlag() {
        ImageActionsService service = new ImageActionsService(api.client());
        Action running = SampleActions.running(13, 20);
        boolean flagKept;
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> service.waitFor(running))
                    .isInstanceOfSatisfying(
                            ActionInterruptedException.class,
                            ex -> assertThat(ex.lastSeen()).isSameAs(running));
        } finally {
            flagKept = Thread.interrupted();
        }
        assertThat(flagKept).isTrue();
        assertThat(api.server().getAllServeEvents()).isEmpty();
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    @Test
    void interruptWhileSleepingBetweenPollsEndsTheWait() throws InterruptedException {
        api.server()
                .stubFor(get(urlPathEqualTo(POLL_PATH))
                        .willReturn(okJson(Fixtures.json("actions/action-running-30.json"))));
        CountDownLatch sleepingLong = new CountDownLatch(1);
        AtomicInteger sleeps = new AtomicInteger();
        Sleeper firstShortThenLong = duration -> {
            if (sleeps.incrementAndGet() > 1) {
                sleepingLong.countDown();
                Thread.sleep(Duration.ofMinutes(1).toMillis());
            }
        };
        ImageActionsService service = new ImageActionsService(
                api.clientBuilder().sleeper(firstShortThenLong).build());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                service.waitFor(SampleActions.running(13, 0));
            } catch (RuntimeException ex) {
                thrown.set(ex);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });

        waiter.start();
        assertThat(sleepingLong.await(10, TimeUnit.SECONDS)).isTrue();
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(waiter.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOfSatisfying(ActionInterruptedException.class, ex -> {
            assertThat(ex.lastSeen().progress()).isEqualTo(30);
            assertThat(ex.getCause()).isInstanceOf(InterruptedException.class);
            assertThat(ex.getMessage()).isEqualTo("interrupted while waiting for action 13 (create_image)");
        });
        assertThat(flagKept).isTrue();
        api.server().verify(exactly(1), getRequestedFor(urlPathEqualTo(POLL_PATH)));
    }

    @Test
    void interruptDuringAPollEndsTheWait() throws InterruptedException {
        api.server()
                .stubFor(get(urlPathEqualTo(POLL_PATH))
                        .willReturn(okJson(Fixtures.json("actions/action-running-30.json"))
                                .withFixedDelay((int) Duration.ofSeconds(5).toMillis())));
        ImageActionsService service = new ImageActionsService(api.client());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                service.waitFor(SampleActions.running(13, 0));
            } catch (RuntimeException ex) {
                thrown.set(ex);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });

        waiter.start();
        awaitPollReceived();
        long interruptedAt = System.nanoTime();
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(waiter.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(Duration.ofSeconds(4));
        assertThat(thrown.get()).isInstanceOfSatisfying(ActionInterruptedException.class, ex -> {
            assertThat(ex.lastSeen().progress()).isZero();
            assertThat(ex.getCause()).isInstanceOf(TransporterException.class);
        });
        assertThat(flagKept).isTrue();
    }

    private static void awaitPollReceived() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (api.server().getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
