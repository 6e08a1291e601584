package io.github.hetznerimages.images;

import io.github.hetznerimages.actions.ImageActionsService;
import io.github.hetznerimages.client.HetznerClient;
import java.util.Objects;

/** The images part of the Hetzner Cloud API. */
public final class ImagesService {

    private final HetznerClient client;
    private final ImageActionsService actions;

    /** Creates the service on top of the library's HTTP client. */
    public ImagesService(HetznerClient client, ImageActionsService actions) {
        this.client = Objects.requireNonNull(client, "client");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    /** The image actions: create from a server, change protection, wait for actions. */
    public ImageActionsService actions() {
        return actions;
    }

    HetznerClient client() {
        return client;
    }
}
