package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The paging guard of one walk through a list, shared by {@link Paging#fetchAll} (its concurrent part included)
 * and {@link Paging#stream}. Pages are requested in ascending order; a page is followed only when its
 * {@code next_page} is after every page requested so far and not past its {@code last_page}, and an answer must be
 * the page asked for. {@code next_page} {@code null} or {@code 0} ends the list. Anything else is an inconsistent
 * answer and ends the walk with a {@link TransporterException} ({@link Reason#INCONSISTENT_ANSWER}) as soon as it
 * arrives: no page is requested after it (pages already in flight are cancelled), so a server whose pages never
 * advance costs a few requests instead of an endless loop. Thread-safe.
 */
final class PageSequence {

    private static final String METHOD = "GET";
    private static final int OK = 200;

    private final String path;
    private final AtomicLong highestRequested = new AtomicLong();

    PageSequence(String path) {
        this.path = path;
    }

    /**
     * Fetches {@code page} and checks that the answer is that page.
     *
     * @throws TransporterException when the answer says it is another page
     */
    <T> Page<T> fetch(PageFetcher<T> fetcher, long page) {
        highestRequested.accumulateAndGet(page, Math::max);
        Page<T> result = fetcher.fetch(page);
        Pagination pagination = result.pagination();
        if (pagination != null && pagination.page() != page) {
            throw inconsistent(
                    "asked for page " + page + ", the answer says page " + pagination.page() + ofLast(pagination));
        }
        return result;
    }

    /**
     * The page to request after {@code result}, the answer to {@code page}, when the list is read in order: its
     * {@code next_page}, checked by {@link #nextOf} and not requested before.
     *
     * @return the next page's number, or {@code 0} when the list ends with this page
     * @throws TransporterException when following {@code next_page} would request a page again or go past the end
     */
    long follow(long page, Page<?> result) {
        long next = nextOf(page, result);
        if (next != 0 && next <= highestRequested.get()) {
            throw inconsistent(answerFor(page, result) + " says next_page " + next + ", a page already requested");
        }
        return next;
    }

    /**
     * The {@code next_page} of {@code result}, the answer to {@code page}, checked against that answer alone: after
     * {@code page} and not past its {@code last_page}.
     *
     * @return the next page's number, or {@code 0} when the answer names none ({@code null} or {@code 0})
     * @throws TransporterException when {@code next_page} is not after {@code page} or past {@code last_page}, or
     *     the page is empty but names a next one
     */
    long nextOf(long page, Page<?> result) {
        Pagination pagination = result.pagination();
        Long next = pagination == null ? null : pagination.nextPage();
        if (next == null || next == 0) {
            return 0;
        }
        if (next < 0) {
            throw inconsistent(answerFor(page, result) + " says next_page " + next + ", not a page number");
        }
        if (next <= page) {
            throw inconsistent(answerFor(page, result) + " says next_page " + next + ", a page already requested");
        }
        if (pagination.lastPage() != null && next > pagination.lastPage()) {
            throw inconsistent(
                    answerFor(page, result) + " says next_page " + next + " but last_page " + pagination.lastPage());
        }
        if (result.items().isEmpty()) {
            // the API fills every page but the last; an empty page that names a next one would page on for ever
            throw inconsistent(answerFor(page, result) + " is empty but says next_page " + next);
        }
        return next;
    }

    /** The failure of a caller interrupted while waiting for a page; the caller restores the interrupt flag. */
    TransporterException interrupted(InterruptedException cause) {
        return new TransporterException(
                describe() + ": interrupted while waiting for a page of the list",
                Reason.INTERRUPTED,
                METHOD,
                path,
                0,
                false,
                cause);
    }

    /** The failure for a fetch that threw a checked exception (a {@link PageFetcher} that sneaked one out). */
    TransporterException failed(Throwable cause) {
        return new TransporterException(
                describe() + ": fetching a page failed (" + cause.getClass().getSimpleName() + ")",
                Reason.OTHER,
                METHOD,
                path,
                0,
                false,
                cause);
    }

    private TransporterException inconsistent(String what) {
        return TransportFailures.inconsistentAnswer(ApiRequest.get(path), OK, what);
    }

    private String describe() {
        return METHOD + " " + path;
    }

    private static String answerFor(long page, Page<?> result) {
        return "the answer for page " + page + ofLast(result.pagination());
    }

    private static String ofLast(Pagination pagination) {
        return pagination.lastPage() == null ? "" : " of " + pagination.lastPage();
    }
}
