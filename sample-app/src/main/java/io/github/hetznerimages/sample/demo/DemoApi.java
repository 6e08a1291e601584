package io.github.hetznerimages.sample.demo;

import io.github.hetznerimages.test.FakeRequest;
import io.github.hetznerimages.test.HetznerImagesFake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The sample's demo project on the library's fake API ({@link HetznerImagesFake}): system images for x86 and arm,
 * daily and weekly snapshots, a protected snapshot, a backup and server 4711 to snapshot, read from
 * {@code demo/images.json} and {@code demo/servers.json}, served under {@code /v1} on a free loopback port. Snapshots
 * "run" for a configurable time on the wall clock. The token is {@value #TOKEN}.
 *
 * <p>The sample starts it by itself when no token is configured (see {@link DemoApiInitializer}).
 */
public final class DemoApi implements AutoCloseable {

    /** The token the demo API accepts. */
    public static final String TOKEN = "demo";

    /** The path prefix of the API, as in {@code https://api.hetzner.cloud/v1}. */
    public static final String BASE_PATH = "/v1";

    private final HetznerImagesFake fake;

    private DemoApi(HetznerImagesFake fake) {
        this.fake = fake;
    }

    /** Starts the demo API on the wall clock; a snapshot takes {@code snapshotDuration}. */
    public static DemoApi start(Duration snapshotDuration) {
        if (snapshotDuration.isNegative()) {
            throw new IllegalArgumentException("snapshot duration must not be negative, was " + snapshotDuration);
        }
        HetznerImagesFake fake = HetznerImagesFake.builder()
                .emptyProject()
                .clock(Clock.systemUTC())
                .actionDuration(snapshotDuration)
                .token(TOKEN)
                .basePath(BASE_PATH)
                .start();
        fake.load(resource("demo/images.json")).load(resource("demo/servers.json"));
        return new DemoApi(fake);
    }

    /** The base URL to configure as {@code hetzner.base-url}, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return fake.baseUrl();
    }

    /** The requests received so far, oldest first, as {@code METHOD /path?query}. */
    public List<String> requests() {
        return fake.requests().stream().map(FakeRequest::toString).toList();
    }

    /** Whether the demo API is still serving. */
    public boolean isRunning() {
        return fake.isRunning();
    }

    /** Stops the demo API; calling it again does nothing. */
    @Override
    public void close() {
        fake.close();
    }

    private static String resource(String path) {
        try (InputStream in = DemoApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo data " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read demo data " + path, ex);
        }
    }
}
