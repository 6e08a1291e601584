package io.github.hetznerimages.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.RetryPolicy;
import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.contract.WireMockInteractions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * A WireMock server standing in for the Hetzner API, one per test class, reset before each test, plus a
 * {@link HetznerClient} pointed at it with a {@link RecordingSleeper} (no real waits). Register it as a static
 * field: {@code @RegisterExtension static final HetznerApiExtension api = new HetznerApiExtension();}.
 *
 * <p>After each test, every request that reached WireMock and every API-shaped answer it gave are validated
 * against the official OpenAPI description (see {@link WireMockInteractions}); a violation, or a request no stub
 * matched, fails the test with the validator's message. Tests that go off-contract on purpose opt out per method
 * or class with {@link SkipContractValidation @SkipContractValidation("why")}, or for the whole extension with
 * {@link #withoutContractValidation()}.
 */
public class HetznerApiExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The token every test client sends. A fake; tests assert it never leaks. */
    public static final String TOKEN = "test-token-0123456789abcdef-SECRET";

    private final boolean contractValidation;
    private WireMockServer server;
    private RecordingSleeper sleeper;
    private HetznerClient client;

    /** An extension that validates every exchange against the API contract. */
    public HetznerApiExtension() {
        this(true);
    }

    private HetznerApiExtension(boolean contractValidation) {
        this.contractValidation = contractValidation;
    }

    /**
     * An extension that does not validate exchanges against the API contract, for test classes whose stubs are
     * not Hetzner API paths or that are off-contract throughout. Prefer {@link SkipContractValidation} on the
     * few tests that need it.
     */
    public HetznerApiExtension withoutContractValidation() {
        return new HetznerApiExtension(false);
    }

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

    /** Fails the test when an exchange of it broke the API contract, unless validation is off for it. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (!contractValidation || skipped(context)) {
            return;
        }
        List<String> violations = contractViolations();
        if (!violations.isEmpty()) {
            throw new AssertionFailedError("the test's HTTP exchanges break the Hetzner API contract"
                    + " (opt out with @SkipContractValidation(\"why\") if that is the point of the test):\n"
                    + String.join("\n", violations));
        }
    }

    /**
     * What the exchanges of the current test broke in the API contract, one entry per problem; empty when they
     * conform. Works whether or not validation is on, so a test can assert on it directly.
     */
    public List<String> contractViolations() {
        return WireMockInteractions.violations(server.getAllServeEvents());
    }

    /** Whether this extension validates exchanges after each test (tests may still opt out one by one). */
    public boolean validatesContract() {
        return contractValidation;
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

    /** Whether the test method, its class or an enclosing class (for {@code @Nested}) opted out. */
    private static boolean skipped(ExtensionContext context) {
        for (Optional<ExtensionContext> current = Optional.of(context);
                current.isPresent();
                current = current.get().getParent()) {
            if (AnnotationSupport.isAnnotated(current.get().getElement(), SkipContractValidation.class)) {
                return true;
            }
        }
        return false;
    }
}
