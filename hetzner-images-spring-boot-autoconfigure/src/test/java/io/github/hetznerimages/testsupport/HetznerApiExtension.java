package io.github.hetznerimages.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.RetryPolicy;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server standing in for the Hetzner API, one per test class, reset before each test, plus a
 * {@link HetznerClient} pointed at it with a {@link RecordingSleeper} (no real waits). Register it as a static
 * field: {@code @RegisterExtension static final HetznerApiExtension api = new HetznerApiExtension();}.
 */
public class HetznerApiExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** The token every test client sends. A fake; tests assert it never leaks. */
    public static final String TOKEN = "test-token-0123456789abcdef-SECRET";

    private WireMockServer server;
    private RecordingSleeper sleeper;
    private HetznerClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        sleeper = new RecordingSleeper();
        client = clientBuilder().build();
    }

    /** The WireMock server: stub answers on it and verify requests. */
    public WireMockServer server() {
        return server;
    }

    /** The API base URL of the server (no {@code /v1}: the stubs use bare paths such as {@code /images}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The sleeper of {@link #client()}: the waits it was asked for. */
    public RecordingSleeper sleeper() {
        return sleeper;
    }

    /** A client for this test, with the default retry policy without jitter. */
    public HetznerClient client() {
        return client;
    }

    /** A builder preset like {@link #client()}, to build a client with other settings. */
    public HetznerClient.Builder clientBuilder() {
        return HetznerClient.builder()
                .baseUrl(baseUrl())
                .token(TOKEN)
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0.0));
    }
}
