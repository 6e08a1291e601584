package io.github.hetznerimages.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK {@link HttpClient} against a {@link HetznerImagesFake}, to test the fake on the wire. */
final class WireClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    /** A client for the fake's base URL and token. */
    WireClient(HetznerImagesFake fake) {
        this.baseUrl = fake.baseUrl();
        this.token = fake.token();
    }

    /** One answer: status, headers and the body as JSON ({@code null} when empty). */
    record Answer(int status, java.net.http.HttpHeaders headers, JsonNode json) {

        /** The value of a header; fails when it is absent. */
        String header(String name) {
            return headers.firstValue(name).orElseThrow(() -> new AssertionError("no header " + name));
        }
    }

    /** {@code GET path} with the fake's token. */
    Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    /** {@code DELETE path} with the fake's token. */
    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** {@code POST path} with a JSON body and the demo token. */
    Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code PUT path} with a JSON body and the demo token. */
    Answer put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a request as given, e.g. without a token. */
    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers(), json);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A request for a path below the base URL, with the fake's token. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Authorization", "Bearer " + token);
    }
}
