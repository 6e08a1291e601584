package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.error.ActionInterruptedException;
import io.github.hetznerimages.error.ActionTimeoutException;
import io.github.hetznerimages.error.HetznerException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls actions until they finish, following {@link WaitOptions}: back-off from the poll interval to its cap, a
 * slower pace while the rate limit runs low, a time limit, progress reports, and a prompt end on interrupt. Waits
 * through the client's {@code Sleeper} and reads time from its {@code Clock}, so tests control both.
 */
final class ActionWaiter {

    /** Reads the current state of the given (unfinished) action ids; one answer per id. */
    @FunctionalInterface
    interface Poller {
        List<Action> poll(List<Long> ids);
    }

    private static final Logger log = LoggerFactory.getLogger(ActionWaiter.class);

    private final HetznerClient client;

    ActionWaiter(HetznerClient client) {
        this.client = client;
    }

    /**
     * Waits until every action finished and returns them in the order given, as last read.
     *
     * @throws ActionFailedException for the first action (in the order given) that ended with {@code error},
     *     after all finished; further failures are attached as suppressed exceptions
     * @throws ActionTimeoutException when the time limit passed first
     * @throws ActionInterruptedException when the thread was interrupted; the interrupt flag stays set
     */
    List<Action> await(List<Action> given, WaitOptions options, Poller poller) {
        Map<Long, Action> latest = new LinkedHashMap<>();
        given.forEach(action -> latest.putIfAbsent(action.id(), action));
        Instant deadline = client.clock().instant().plus(options.timeout());
        Duration delay = options.pollInterval();
        List<Action> unfinished = unfinished(latest);
        while (!unfinished.isEmpty()) {
            Instant now = client.clock().instant();
            if (!now.isBefore(deadline)) {
                throw new ActionTimeoutException(unfinished, options.timeout());
            }
            Duration wait = min(pace(delay, options, now), Duration.between(now, deadline));
            sleep(wait, unfinished);
            for (Action polled : poll(poller, unfinished)) {
                Action previous = latest.put(polled.id(), polled);
                if (changed(previous, polled)) {
                    options.report(polled);
                }
            }
            unfinished = unfinished(latest);
            delay = min(delay.multipliedBy(2), options.maxPollInterval());
        }
        return finished(given, latest);
    }

    /**
     * The wait before the next poll: the back-off {@code delay}, or while fewer than
     * {@link WaitOptions#LOW_RATE_LIMIT_REMAINING} requests remain, at least the longest poll interval and at least
     * one refill interval of the rate-limit bucket.
     */
    private Duration pace(Duration delay, WaitOptions options, Instant now) {
        Optional<RateLimit> rateLimit = client.rateLimit();
        int remaining = rateLimit.map(latest -> latest.remainingAt(now)).orElse(Integer.MAX_VALUE);
        if (remaining >= WaitOptions.LOW_RATE_LIMIT_REMAINING) {
            return delay;
        }
        Duration refill = rateLimit.map(RateLimit::refillInterval).orElse(Duration.ZERO);
        Duration slowed = max(delay, max(options.maxPollInterval(), refill));
        log.debug("rate limit is low ({} requests left); next poll in {} ms", remaining, slowed.toMillis());
        return slowed;
    }

    private void sleep(Duration wait, List<Action> unfinished) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ActionInterruptedException(unfinished, new InterruptedException("interrupted before waiting"));
        }
        try {
            client.sleeper().sleep(wait);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ActionInterruptedException(unfinished, ex);
        }
    }

    private static List<Action> poll(Poller poller, List<Action> unfinished) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ActionInterruptedException(unfinished, new InterruptedException("interrupted before polling"));
        }
        List<Long> ids = unfinished.stream().map(Action::id).toList();
        List<Action> polled;
        try {
            polled = poller.poll(ids);
        } catch (HetznerException ex) {
            if (Thread.currentThread().isInterrupted() || causedByInterrupt(ex)) {
                Thread.currentThread().interrupt();
                throw new ActionInterruptedException(unfinished, ex);
            }
            throw ex;
        }
        if (log.isDebugEnabled()) {
            polled.forEach(action -> log.debug(
                    "action {} ({}) is {} at {}%",
                    action.id(), action.command(), action.status().value(), action.progress()));
        }
        return polled;
    }

    private static List<Action> finished(List<Action> given, Map<Long, Action> latest) {
        List<Action> result = new ArrayList<>(given.size());
        ActionFailedException failure = null;
        for (Action last : latest.values()) {
            if (last.isFailed()) {
                ActionFailedException failed = new ActionFailedException(last);
                if (failure == null) {
                    failure = failed;
                } else {
                    failure.addSuppressed(failed);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        given.forEach(action -> result.add(latest.get(action.id())));
        return List.copyOf(result);
    }

    private static List<Action> unfinished(Map<Long, Action> latest) {
        return latest.values().stream().filter(Action::isRunning).toList();
    }

    private static boolean changed(Action previous, Action current) {
        return previous == null || previous.progress() != current.progress() || previous.status() != current.status();
    }

    private static boolean causedByInterrupt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException
                    || cause instanceof ClosedByInterruptException
                    || (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
