package io.github.hetznerimages.bench;

import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.testsupport.Internals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * The same call with the network taken out: an in-memory transport answers the fixed image at once. What is left
 * is the CPU each client spends per call (request building, headers, RestClient, error and rate-limit handling,
 * decoding), free of the loopback and scheduling noise of {@link PerCallOverheadBenchmark}. The baseline builds the
 * JDK request and decodes the body, the least any client does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryOverheadBenchmark {

    private static final String BASE_URL = "http://api.invalid";

    private byte[] body;
    private HetznerClient client;
    private ApiRequest retrieve;
    private RestClient plainRestClient;

    /** Builds the clients on the in-memory transport. */
    @Setup(Level.Trial)
    public void setUp() {
        body = ("{\"image\":" + ImageJson.image(4711) + "}").getBytes(StandardCharsets.UTF_8);
        ClientHttpRequestFactory transport = (uri, method) -> {
            MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
            MockClientHttpResponse response = new MockClientHttpResponse(body, HttpStatus.OK);
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            response.getHeaders().set("RateLimit-Limit", "3600");
            response.getHeaders().set("RateLimit-Remaining", "3599");
            response.getHeaders().set("RateLimit-Reset", "1767225600");
            request.setResponse(response);
            return request;
        };
        client = HetznerClient.builder()
                .baseUrl(BASE_URL)
                .token(BenchClients.TOKEN)
                .requestFactory(transport)
                .build();
        retrieve = ApiRequest.get("/images/{id}").withPathVariable("id", 4711L);
        plainRestClient = RestClient.builder()
                .baseUrl(BASE_URL)
                .requestFactory(transport)
                .defaultHeaders(headers -> headers.setBearerAuth(BenchClients.TOKEN))
                .configureMessageConverters(converters -> converters.withJsonConverter(
                        new org.springframework.http.converter.json.JacksonJsonHttpMessageConverter(
                                Internals.wireMapper())))
                .build();
    }

    /** Our client on the in-memory transport. */
    @Benchmark
    public Image hetznerClient() {
        return client.execute(retrieve, ImageEnvelope.class, ImageEnvelope::image, "image");
    }

    /** Spring's RestClient on the in-memory transport, without our layer. */
    @Benchmark
    public Image plainRestClient() {
        return plainRestClient
                .get()
                .uri("/images/{id}", 4711L)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(ImageEnvelope.class)
                .image();
    }

    /** The least work: build the JDK request, decode the body. */
    @Benchmark
    public Image raw() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/images/" + 4711L))
                .header("Authorization", "Bearer " + BenchClients.TOKEN)
                .header("Accept", "application/json")
                .GET()
                .build();
        if (request.uri().getPath().isEmpty()) {
            throw new IOException("no path");
        }
        return Internals.wireMapper()
                .readValue(new ByteArrayInputStream(body), ImageEnvelope.class)
                .image();
    }

    /** The wire shape of {@code GET /images/{id}} (the library's own envelope is package-private). */
    record ImageEnvelope(Image image) {}
}
