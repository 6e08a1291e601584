package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.RetryPolicy;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.WaitOptions;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;

/**
 * The recipes' tests run in plain JUnit (no Spring context to start): one empty fake per test class, whose actions
 * finish at once, and an {@link ImagesService} on it that polls and backs off in milliseconds.
 */
final class FakeApi {

    private FakeApi() {}

    /** An empty fake whose {@code create_image} actions finish at once; register it as a static extension. */
    static HetznerImagesFakeExtension emptyFake() {
        return new HetznerImagesFakeExtension(builder -> builder.emptyProject().actionDuration(Duration.ZERO));
    }

    /** The library's images service against the fake, built as an application without Spring would build it. */
    static ImagesService imagesOn(HetznerImagesFake fake) {
        return imagesOn(fake, HetznerClient.DEFAULT_READ_TIMEOUT);
    }

    /** As {@link #imagesOn(HetznerImagesFake)}, with a shorter read time-out for tests of slow answers. */
    static ImagesService imagesOn(HetznerImagesFake fake, Duration readTimeout) {
        HetznerClient client = HetznerClient.builder()
                .baseUrl(fake.baseUrl())
                .token(fake.token())
                .readTimeout(readTimeout)
                .retryPolicy(RetryPolicy.DEFAULT
                        .withInitialBackoff(Duration.ofMillis(1))
                        .withMaxBackoff(Duration.ofMillis(5)))
                .build();
        WaitOptions fast = WaitOptions.defaults()
                .withPollInterval(Duration.ofMillis(1))
                .withMaxPollInterval(Duration.ofMillis(20))
                .withTimeout(Duration.ofSeconds(5));
        return new ImagesService(client, new ImageActionsService(client, fast));
    }
}
