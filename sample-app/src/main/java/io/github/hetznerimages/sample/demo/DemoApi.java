package io.github.hetznerimages.sample.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process fake of the Hetzner Cloud API for the images part, on a free loopback port. It serves a
 * realistic project (system images for x86 and arm, daily and weekly snapshots, a protected snapshot, a backup,
 * server 4711 to snapshot) from an in-memory store, with the API's paths under {@code /v1}, its filters, paging,
 * error envelopes and {@code RateLimit-*} headers. Snapshots "run" for a configurable time. The token is
 * {@value #TOKEN}.
 *
 * <p>The sample starts it by itself when no token is configured (see {@link DemoApiInitializer}).
 */
public final class DemoApi implements AutoCloseable {

    /** The token the demo API accepts. */
    public static final String TOKEN = "demo";

    /** The path prefix of the API, as in {@code https://api.hetzner.cloud/v1}. */
    public static final String BASE_PATH = "/v1";

    private final WireMockServer server;

    private DemoApi(WireMockServer server) {
        this.server = server;
    }

    /** Starts the demo API with the wall clock; a snapshot takes {@code snapshotDuration}. */
    public static DemoApi start(Duration snapshotDuration) {
        return start(snapshotDuration, Clock.systemUTC());
    }

    /** Starts the demo API with the given clock (tests move time by hand); a snapshot takes {@code snapshotDuration}. */
    public static DemoApi start(Duration snapshotDuration, Clock clock) {
        if (snapshotDuration.isNegative()) {
            throw new IllegalArgumentException("snapshot duration must not be negative, was " + snapshotDuration);
        }
        DemoTransformer transformer =
                new DemoTransformer(new DemoStore(clock, snapshotDuration), new DemoRateLimit(clock), BASE_PATH);
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .notifier(new Slf4jNotifier(false))
                .maxRequestJournalEntries(10_000)
                .extensions(transformer));
        stub(server, get(urlPathEqualTo(BASE_PATH + "/images")), "list_images");
        stub(server, get(urlPathTemplate(BASE_PATH + "/images/{id}")), "get_image");
        stub(server, put(urlPathTemplate(BASE_PATH + "/images/{id}")), "update_image");
        stub(server, delete(urlPathTemplate(BASE_PATH + "/images/{id}")), "delete_image");
        stub(server, get(urlPathTemplate(BASE_PATH + "/images/{id}/actions")), "list_image_actions");
        stub(
                server,
                post(urlPathTemplate(BASE_PATH + "/images/{id}/actions/change_protection")),
                "change_image_protection");
        stub(server, get(urlPathTemplate(BASE_PATH + "/images/actions/{id}")), "get_images_action");
        stub(server, post(urlPathTemplate(BASE_PATH + "/servers/{id}/actions/create_image")), "create_server_image");
        stub(server, get(urlPathTemplate(BASE_PATH + "/actions/{id}")), "get_action");
        stub(server, any(anyUrl()).atPriority(10), "unknown");
        server.start();
        return new DemoApi(server);
    }

    private static void stub(WireMockServer server, MappingBuilder request, String operation) {
        server.stubFor(request.willReturn(aResponse()
                .withTransformers(DemoTransformer.NAME)
                .withTransformerParameter(DemoTransformer.OPERATION, operation)));
    }

    /** The base URL to configure as {@code hetzner.base-url}, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + BASE_PATH;
    }

    /** The requests received so far, oldest first, as {@code METHOD /path?query}. */
    public List<String> requests() {
        List<String> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) { // newest first
            requests.add(
                    0, event.getRequest().getMethod() + " " + event.getRequest().getUrl());
        }
        return requests;
    }

    /** Whether the demo API is still serving. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops the demo API; calling it again does nothing. */
    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }
}
