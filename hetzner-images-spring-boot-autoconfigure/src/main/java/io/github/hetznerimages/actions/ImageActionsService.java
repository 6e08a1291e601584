package io.github.hetznerimages.actions;

import io.github.hetznerimages.client.HetznerClient;
import java.util.Objects;

/**
 * Image actions: create an image from a server, change an image's protection, look actions up and wait for them
 * to finish. Reach it through {@code images.actions()} or inject it.
 */
public final class ImageActionsService {

    private final HetznerClient client;

    /** Creates the service on top of the library's HTTP client. */
    public ImageActionsService(HetznerClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    HetznerClient client() {
        return client;
    }
}
