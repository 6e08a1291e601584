package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagingStreamTest {

    private final Paging paging = new Paging(4);

    @Test
    void fetchesNothingBeforeTheFirstItemIsAskedFor() {
        PagingFakeApi api = PagingFakeApi.of(120, 50);

        Stream<Integer> stream = paging.stream(api).map(number -> number * 2).filter(number -> number > 10);

        assertThat(api.requested()).isEmpty();
        assertThat(stream.findFirst()).contains(12);
        assertThat(api.requested()).startsWith(1L);
    }

    @Test
    void streamsEveryItemInOrderWithOneRequestPerPage() {
        PagingFakeApi api = PagingFakeApi.of(1_234, 50);

        assertThat(paging.stream(api).toList()).isEqualTo(PagingFakeApi.numbers(1_234));

        assertThat(api.requested()).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void staysAtMostOnePageAheadOfTheConsumerAndFetchesThatPageWhileTheConsumerWorks() throws Exception {
        PagingFakeApi api = PagingFakeApi.of(200, 50);
        Iterator<Integer> items = paging.stream(api).iterator();

        for (int index = 0; index < 200; index++) {
            assertThat(items.next()).isEqualTo(index);
            long consumerPage = index / 50 + 1;
            assertThat(api.requested()).allMatch(page -> page <= consumerPage + 1);
            if (consumerPage < 4) {
                assertThat(api.awaitRequested(consumerPage + 1)).isTrue();
            }
        }
        assertThat(items.hasNext()).isFalse();
        assertThat(api.requested()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void doesNotRequestPage2BeforePage1HasArrived() throws Exception {
        CountDownLatch page1Started = new CountDownLatch(1);
        CountDownLatch releasePage1 = new CountDownLatch(1);
        PagingFakeApi api = PagingFakeApi.of(150, 50).on(1, () -> {
            page1Started.countDown();
            assertThat(releasePage1.await(2, TimeUnit.SECONDS)).isTrue();
        });
        Iterator<Integer> items = paging.stream(api).iterator();
        Thread consumer = new Thread(items::next);

        consumer.start();
        assertThat(page1Started.await(2, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(20);
        assertThat(api.requested()).containsExactly(1L);
        releasePage1.countDown();
        consumer.join(2_000);

        assertThat(api.awaitRequested(2)).isTrue();
    }

    @Test
    void closingCancelsThePageFetchedAheadAndFetchesNothingMore() throws Exception {
        CountDownLatch page2Interrupted = new CountDownLatch(1);
        PagingFakeApi api = PagingFakeApi.of(500, 50).on(2, () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ex) {
                page2Interrupted.countDown();
                throw ex;
            }
        });
        Stream<Integer> stream = paging.stream(api);
        Iterator<Integer> items = stream.iterator();

        assertThat(items.next()).isZero();
        assertThat(api.awaitRequested(2)).isTrue();
        stream.close();

        assertThat(page2Interrupted.await(2, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(items::next).isInstanceOf(IllegalStateException.class);
        assertThat(api.requested()).containsExactly(1L, 2L);
    }

    @Test
    void limitInTryWithResourcesFetchesNothingBeyondThePageAhead() throws Exception {
        PagingFakeApi api = PagingFakeApi.of(500, 50);

        List<Integer> firstItems;
        try (Stream<Integer> stream = paging.stream(api)) {
            firstItems = stream.limit(60).toList();
        }

        assertThat(firstItems).isEqualTo(PagingFakeApi.numbers(60));
        Thread.sleep(50);
        assertThat(api.requested()).startsWith(1L, 2L).isSubsetOf(1L, 2L, 3L);
    }

    @Test
    void aFailingPageThrowsItsOwnExceptionAfterTheItemsBeforeIt() {
        ErrorException failure = new ErrorException("GET", "/images", 500, "server_error", "boom", null, null, null);
        PagingFakeApi api = PagingFakeApi.of(150, 50).on(2, () -> {
            throw failure;
        });
        Iterator<Integer> items = paging.stream(api).iterator();

        for (int index = 0; index < 50; index++) {
            assertThat(items.next()).isEqualTo(index);
        }
        assertThatThrownBy(items::next).isSameAs(failure);
    }

    @Test
    void anErrorInThePagingThreadReachesTheConsumerAfterTheItemsBeforeIt() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        PagingFakeApi api = PagingFakeApi.of(150, 50).on(2, () -> {
            throw error;
        });
        Iterator<Integer> items = paging.stream(api).iterator();

        for (int index = 0; index < 50; index++) {
            assertThat(items.next()).isEqualTo(index);
        }
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchThrowable(items::next));

        assertThat(thrown).isSameAs(error);
        assertThat(api.threads().get(api.requested().indexOf(2L)).getName()).matches("hetzner-paging-\\d+");
    }

    @Test
    void aFailingFirstPageThrowsOnTheConsumersThread() {
        ErrorException failure = new ErrorException("GET", "/images", 401, "unauthorized", "no", null, null, null);
        PagingFakeApi api = PagingFakeApi.of(150, 50).on(1, () -> {
            throw failure;
        });

        assertThatThrownBy(() -> paging.stream(api).toList()).isSameAs(failure);
        assertThat(api.threads()).containsOnly(Thread.currentThread());
    }

    @Test
    void theThreadFetchingAheadIsANamedDaemonThatEndsWhenTheStreamIsReadToItsEnd() throws Exception {
        PagingFakeApi api = PagingFakeApi.of(150, 50);

        assertThat(paging.stream(api).count()).isEqualTo(150);

        List<Thread> workers = api.threads().stream()
                .filter(thread -> thread != Thread.currentThread())
                .distinct()
                .toList();
        assertThat(workers).isNotEmpty().allSatisfy(thread -> {
            assertThat(thread.getName()).matches("hetzner-paging-\\d+");
            assertThat(thread.isDaemon()).isTrue();
            thread.join(2_000);
            assertThat(thread.isAlive()).isFalse();
        });
    }

    @Test
    void aConsumerInterruptedWhileWaitingForThePageAheadCancelsItAndKeepsItsInterruptFlag() throws Exception {
        CountDownLatch page2Interrupted = new CountDownLatch(1);
        PagingFakeApi api = PagingFakeApi.of(150, 50).on(2, () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ex) {
                page2Interrupted.countDown();
                throw ex;
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread consumer = new Thread(() -> {
            try {
                paging.stream(api).forEach(item -> {});
            } catch (RuntimeException ex) {
                thrown.set(ex);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });

        consumer.start();
        assertThat(api.awaitRequested(2)).isTrue();
        consumer.interrupt();
        consumer.join(2_000);

        assertThat(thrown.get())
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(TransporterException.Reason.INTERRUPTED))
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(flagAfter).isTrue();
        assertThat(page2Interrupted.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(api.requested()).containsExactly(1L, 2L);
    }
}
