package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The paging guard on {@link PageFetcher} fakes: the cases a stub server cannot show as directly. */
class PagingGuardTest {

    private final Paging paging = new Paging(4);

    @Test
    void aNegativeNextPageIsNotAPageNumber() {
        Script script = new Script(page -> pagination(page, -1L, null));

        TransporterException failure = inconsistent(() -> paging.fetchAll(script.at("/images")));

        assertThat(failure).hasMessage("GET /images: the answer for page 1 says next_page -1, not a page number");
        assertThat(script.requested()).containsExactly(1L);
    }

    @Test
    void anEmptyPageThatNamesANextPageEndsTheListAndTheStream() {
        PageFetcher<Long> endless = PageFetcher.of(
                "/images", page -> new Page<>(List.of(), new Pagination(page, 50, null, page + 1, null, null)));

        TransporterException listed = inconsistent(() -> paging.fetchAll(endless));
        TransporterException streamed =
                inconsistent(() -> paging.stream(endless).count());

        assertThat(listed).hasMessage("GET /images: the answer for page 1 is empty but says next_page 2");
        assertThat(streamed).hasMessage(listed.getMessage());
    }

    @Test
    void aConcurrentlyFetchedPageThatIsNotThePageAskedForEndsTheCallAndCancelsThePagesInFlight() throws Exception {
        CountDownLatch running = new CountDownLatch(3);
        CountDownLatch cancelled = new CountDownLatch(3);
        Script script = new Script(page -> {
            if (page == 3) {
                awaitQuietly(running);
                return pagination(2, 3L, 100L);
            }
            if (page > 1) {
                running.countDown();
                blockUntilInterrupted(cancelled);
            }
            return pagination(page, page + 1, 100L);
        });

        TransporterException failure = inconsistent(() -> paging.fetchAll(script.at("/images")));

        assertThat(failure).hasMessage("GET /images: asked for page 3, the answer says page 2 of 100");
        assertThat(cancelled.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(script.requested()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aConcurrentlyFetchedPageWhoseNextPagePointsBackEndsTheCall() {
        Script script = new Script(page -> pagination(page, page == 3 ? null : Long.valueOf(page == 1 ? 2 : 1), 3L));

        TransporterException failure = inconsistent(() -> paging.fetchAll(script.at("/images")));

        assertThat(failure)
                .hasMessage("GET /images: the answer for page 2 of 3 says next_page 1, a page already" + " requested");
    }

    @Test
    void aListWithoutPaginationIsOnePage() {
        Script script = new Script(page -> null);

        assertThat(paging.fetchAll(script.at("/images"))).containsExactly(1L);
        assertThat(paging.stream(script.at("/images"))).containsExactly(1L);
        assertThat(script.requested()).containsExactly(1L, 1L);
    }

    @Test
    void aLambdaFetcherIsNamedByTheRootPath() {
        PageFetcher<Long> lambda = page -> new Page<>(List.of(page), pagination(page, 1L, null));

        TransporterException failure = inconsistent(() -> paging.stream(lambda).toList());

        assertThat(failure.path()).isEqualTo("/");
        assertThat(failure).hasMessage("GET /: the answer for page 1 says next_page 1, a page already requested");
    }

    @Test
    void aCheckedExceptionSneakedOutOfAPageFetchIsATransporterException() {
        Exception sneaked = new Exception("not declared");
        PageFetcher<Long> fetcher = PageFetcher.of("/images", page -> {
            if (page == 3) {
                throw Sneaky.<RuntimeException>sneak(sneaked);
            }
            return new Page<>(List.of(page), pagination(page, page < 4 ? page + 1 : null, 4L));
        });

        TransporterException failure = catchThrowableOfType(TransporterException.class, () -> paging.fetchAll(fetcher));

        assertThat(failure.reason()).isEqualTo(Reason.OTHER);
        assertThat(failure)
                .hasMessage("GET /images: fetching a page failed (Exception)")
                .hasCause(sneaked);
    }

    private static TransporterException inconsistent(ThrowingCallable call) {
        TransporterException failure = catchThrowableOfType(TransporterException.class, call);
        assertThat(failure).isNotNull();
        assertThat(failure.reason()).isEqualTo(Reason.INCONSISTENT_ANSWER);
        assertThat(failure.status()).isEqualTo(200);
        return failure;
    }

    /** Waits until the other pages are being fetched, so that their cancellation interrupts a running fetch. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void blockUntilInterrupted(CountDownLatch interrupted) {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException ex) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
        }
    }

    private static Pagination pagination(long page, Long next, Long last) {
        return new Pagination(page, 1, page > 1 ? page - 1 : null, next, last, last);
    }

    /** Answers each page with its number as the only item and the pagination the script gives. */
    private static final class Script {

        private final LongFunction<Pagination> answers;
        private final List<Long> requested = new ArrayList<>();

        Script(LongFunction<Pagination> answers) {
            this.answers = answers;
        }

        List<Long> requested() {
            synchronized (requested) {
                return List.copyOf(requested);
            }
        }

        PageFetcher<Long> at(String path) {
            return PageFetcher.of(path, page -> {
                synchronized (requested) {
                    requested.add(page);
                }
                return new Page<>(List.of(page), answers.apply(page));
            });
        }
    }

    /** Throws a checked exception where the compiler does not expect one. */
    private static final class Sneaky {

        @SuppressWarnings("unchecked")
        static <E extends Throwable> E sneak(Throwable failure) throws E {
            throw (E) failure;
        }
    }
}
