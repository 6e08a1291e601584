package io.github.hetznerimages.client;

import io.github.hetznerimages.error.HetznerException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a {@link HetznerClient.Listener} so that its failure cannot change a call's result: what it throws is
 * logged (WARN) and dropped, so a call still ends with its answer, an {@code ErrorException} or a
 * {@code TransporterException}.
 */
final class GuardedListener implements HetznerClient.Listener {

    private static final Logger log = LoggerFactory.getLogger(HetznerClient.class);

    private final HetznerClient.Listener delegate;

    private GuardedListener(HetznerClient.Listener delegate) {
        this.delegate = delegate;
    }

    /** The listener, guarded; {@link HetznerClient.Listener#NONE} as it is. */
    static HetznerClient.Listener of(HetznerClient.Listener listener) {
        return listener == HetznerClient.Listener.NONE || listener instanceof GuardedListener
                ? listener
                : new GuardedListener(listener);
    }

    @Override
    public void rateLimited(ApiRequest request) {
        guarded(request, () -> delegate.rateLimited(request));
    }

    @Override
    public void retrying(ApiRequest request, HetznerException failure, int attempt) {
        guarded(request, () -> delegate.retrying(request, failure, attempt));
    }

    @Override
    public void waitedForRateLimit(ApiRequest request, Duration waited) {
        guarded(request, () -> delegate.waitedForRateLimit(request, waited));
    }

    private static void guarded(ApiRequest request, Runnable event) {
        try {
            event.run();
        } catch (RuntimeException ex) {
            log.warn("{}: the client listener failed; ignored", request.describe(), ex);
        }
    }
}
