package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.error.HetznerException;
import java.time.Duration;
import java.util.List;

/** Tells every {@link HetznerClient.Listener} bean, in their order. */
final class HetznerClientListeners implements HetznerClient.Listener {

    private final List<HetznerClient.Listener> listeners;

    private HetznerClientListeners(List<HetznerClient.Listener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** One listener for all of them: {@link HetznerClient.Listener#NONE} for none, the one itself for one. */
    static HetznerClient.Listener of(List<HetznerClient.Listener> listeners) {
        return switch (listeners.size()) {
            case 0 -> HetznerClient.Listener.NONE;
            case 1 -> listeners.get(0);
            default -> new HetznerClientListeners(listeners);
        };
    }

    @Override
    public void rateLimited(ApiRequest request) {
        listeners.forEach(listener -> listener.rateLimited(request));
    }

    @Override
    public void retrying(ApiRequest request, HetznerException failure, int attempt) {
        listeners.forEach(listener -> listener.retrying(request, failure, attempt));
    }

    @Override
    public void waitedForRateLimit(ApiRequest request, Duration waited) {
        listeners.forEach(listener -> listener.waitedForRateLimit(request, waited));
    }
}
