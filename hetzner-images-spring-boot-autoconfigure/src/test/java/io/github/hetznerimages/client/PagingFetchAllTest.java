package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class PagingFetchAllTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void collectsEveryItemInOrderAlthoughLaterPagesArriveFirst() {
        PagingFakeApi api = PagingFakeApi.of(250, 50);
        api.on(2, () -> assertThat(api.awaitCompleted(5)).isTrue());

        List<Integer> all = new Paging(4).fetchAll(api);

        assertThat(all).isEqualTo(PagingFakeApi.numbers(250));
        assertThat(api.completed().indexOf(5L)).isLessThan(api.completed().indexOf(2L));
    }

    @Test
    void requestsEachPageExactlyOnce() {
        PagingFakeApi api = PagingFakeApi.of(2_000, 50);

        List<Integer> all = new Paging(4).fetchAll(api);

        assertThat(all).isEqualTo(PagingFakeApi.numbers(2_000));
        assertThat(api.requested()).hasSize(40).containsExactlyInAnyOrderElementsOf(pages(1, 40));
        assertThat(api.requested().get(0)).isEqualTo(1L);
    }

    @Test
    void lastPartialPageCountsAsOnePage() {
        PagingFakeApi api = PagingFakeApi.of(101, 50);

        assertThat(new Paging(4).fetchAll(api)).isEqualTo(PagingFakeApi.numbers(101));
        assertThat(api.requested()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void keepsAtMostConcurrencyPagesInFlight() {
        PagingFakeApi api = PagingFakeApi.of(1_000, 50).rendezvous(3);

        assertThat(new Paging(3).fetchAll(api)).isEqualTo(PagingFakeApi.numbers(1_000));

        assertThat(api.maxInFlight()).isEqualTo(3);
    }

    @Test
    void keepsNoMorePagesInFlightThanTheRateLimitBucketHolds() {
        RateLimitTracker tracker = new RateLimitTracker();
        tracker.record(rateLimitHeaders(3600, 2), NOW);
        PagingFakeApi api = PagingFakeApi.of(1_000, 50).rendezvous(2);

        assertThat(new Paging(4, tracker, CLOCK, PagingThreads.DAEMON_THREADS).fetchAll(api))
                .isEqualTo(PagingFakeApi.numbers(1_000));

        assertThat(api.maxInFlight()).isEqualTo(2);
    }

    @Test
    void fetchesOnePageAtATimeWhenTheBucketIsEmpty() {
        RateLimitTracker tracker = new RateLimitTracker();
        tracker.record(rateLimitHeaders(3600, 0), NOW);
        PagingFakeApi api = PagingFakeApi.of(500, 50).eachFetchTakes(2);

        assertThat(new Paging(4, tracker, CLOCK, PagingThreads.DAEMON_THREADS).fetchAll(api))
                .isEqualTo(PagingFakeApi.numbers(500));

        assertThat(api.maxInFlight()).isEqualTo(1);
        assertThat(api.requested()).hasSize(10);
    }

    @Test
    void followsNextPageOneAfterTheOtherOnTheCallingThreadWhenTheLastPageIsUnknown() {
        PagingFakeApi api = new PagingFakeApi(420, 50, false);

        assertThat(new Paging(4).fetchAll(api)).isEqualTo(PagingFakeApi.numbers(420));

        assertThat(api.requested()).isEqualTo(pages(1, 9));
        assertThat(api.threads()).containsOnly(Thread.currentThread());
    }

    @Test
    void concurrencyOneFetchesOnTheCallingThread() {
        PagingFakeApi api = PagingFakeApi.of(500, 50);

        assertThat(new Paging(1).fetchAll(api)).isEqualTo(PagingFakeApi.numbers(500));

        assertThat(api.requested()).isEqualTo(pages(1, 10));
        assertThat(api.threads()).containsOnly(Thread.currentThread());
    }

    @Test
    void followsNextPageBeyondTheAnnouncedLastPageWhenTheListGrew() {
        Pagination first = new Pagination(1, 2, null, 2L, 3L, 6L);
        PageFetcher<String> fetcher = page -> switch ((int) page) {
            case 1 -> new Page<>(List.of("a", "b"), first);
            case 2 -> new Page<>(List.of("c", "d"), new Pagination(2, 2, 1L, 3L, 4L, 8L));
            case 3 -> new Page<>(List.of("e", "f"), new Pagination(3, 2, 2L, 4L, 4L, 8L));
            case 4 -> new Page<>(List.of("g"), new Pagination(4, 2, 3L, null, 4L, 7L));
            default -> throw new AssertionError("page " + page + " requested");
        };

        assertThat(new Paging(4).fetchAll(fetcher)).containsExactly("a", "b", "c", "d", "e", "f", "g");
    }

    @Test
    void anEmptyListCostsOneRequest() {
        PagingFakeApi api = PagingFakeApi.of(0, 50);

        assertThat(new Paging(4).fetchAll(api)).isEmpty();

        assertThat(api.requested()).containsExactly(1L);
    }

    @Test
    void aSinglePageCostsOneRequestOnTheCallingThread() {
        PagingFakeApi api = PagingFakeApi.of(30, 50);

        assertThat(new Paging(4).fetchAll(api)).isEqualTo(PagingFakeApi.numbers(30));

        assertThat(api.requested()).containsExactly(1L);
        assertThat(api.threads()).containsOnly(Thread.currentThread());
    }

    @Test
    void aFailingPageThrowsItsOwnException() {
        ErrorException failure = new ErrorException("GET", "/images", 503, "unavailable", "down", null, null, null);
        PagingFakeApi api = PagingFakeApi.of(500, 50).on(3, () -> {
            throw failure;
        });

        assertThatThrownBy(() -> new Paging(4).fetchAll(api)).isSameAs(failure);
    }

    @Test
    void pagingThreadsAreNamedDaemonsThatEndWithTheirFetch() throws Exception {
        PagingFakeApi api = PagingFakeApi.of(500, 50).rendezvous(4);

        new Paging(4).fetchAll(api);

        List<Thread> workers = api.threads().stream()
                .filter(thread -> thread != Thread.currentThread())
                .distinct()
                .toList();
        assertThat(workers).as("one thread per page after the first").hasSize(9).allSatisfy(thread -> {
            assertThat(thread.getName()).matches("hetzner-paging-\\d+");
            assertThat(thread.isDaemon()).isTrue();
        });
        for (Thread worker : workers) {
            worker.join(2_000);
        }
        assertThat(workers).noneMatch(Thread::isAlive);
    }

    @Test
    void anInterruptedCallerCancelsThePagesInFlightAndKeepsItsInterruptFlag() throws Exception {
        CountDownLatch blocked = new CountDownLatch(2);
        CountDownLatch cancelled = new CountDownLatch(2);
        PagingFakeApi.Hook blockUntilInterrupted = () -> {
            blocked.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ex) {
                cancelled.countDown();
                throw ex;
            }
        };
        PagingFakeApi api =
                PagingFakeApi.of(150, 50).on(2, blockUntilInterrupted).on(3, blockUntilInterrupted);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagAfter = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                new Paging(2).fetchAll(api);
            } catch (RuntimeException ex) {
                thrown.set(ex);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });

        caller.start();
        assertThat(blocked.await(2, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(2_000);

        assertThat(thrown.get())
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(TransporterException.Reason.INTERRUPTED))
                .hasMessage("GET /: interrupted while waiting for a page of the list")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(flagAfter.get()).isTrue();
        assertThat(cancelled.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anErrorInAPagingThreadReachesTheCallerAndCancelsThePagesInFlight() throws Exception {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch cancelled = new CountDownLatch(2);
        PagingFakeApi.Hook blockUntilInterrupted = () -> {
            running.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ex) {
                cancelled.countDown();
                throw ex;
            }
        };
        PagingFakeApi api = PagingFakeApi.of(500, 50)
                .on(2, blockUntilInterrupted)
                .on(3, () -> {
                    // fail only once pages 2 and 4 are being fetched, so that cancelling interrupts them
                    running.await(2, TimeUnit.SECONDS);
                    throw error;
                })
                .on(4, blockUntilInterrupted);

        Throwable thrown = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> catchThrowable(() -> new Paging(3).fetchAll(api)));

        assertThat(thrown).isSameAs(error);
        assertThat(cancelled.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(api.requested()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void anAssertionErrorThrownByAFetcherInAPagingThreadReachesTheCaller() {
        AssertionError error = new AssertionError("page 5 is wrong");
        PagingFakeApi api = PagingFakeApi.of(500, 50).on(5, () -> {
            throw error;
        });

        Throwable thrown = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> catchThrowable(() -> new Paging(4).fetchAll(api)));

        assertThat(thrown).isSameAs(error);
        assertThat(api.threads().get(api.requested().indexOf(5L)).getName()).matches("hetzner-paging-\\d+");
    }

    @Test
    void rejectsAConcurrencyBelowOne() {
        assertThatThrownBy(() -> new Paging(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paging concurrency must be at least 1, was 0");
    }

    private static List<Long> pages(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    private static HttpHeaders rateLimitHeaders(int limit, int remaining) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("RateLimit-Limit", Integer.toString(limit));
        headers.set("RateLimit-Remaining", Integer.toString(remaining));
        return headers;
    }
}
