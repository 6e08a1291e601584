package io.github.hetznerimages.sample.testsupport;

import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.sample.demo.DemoApi;

/** The library's own services pointed at the sample's demo API, to look at its state from a test. */
public final class DemoImages {

    private DemoImages() {}

    /** An {@link ImagesService} on the demo API, built without Spring. */
    public static ImagesService of(DemoApi demo) {
        HetznerClient client = HetznerClient.builder()
                .baseUrl(demo.baseUrl())
                .token(DemoApi.TOKEN)
                .build();
        return new ImagesService(client, new ImageActionsService(client));
    }
}
