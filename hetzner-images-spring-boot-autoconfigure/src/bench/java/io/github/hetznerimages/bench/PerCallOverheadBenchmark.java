package io.github.hetznerimages.bench;

import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.testsupport.Internals;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code GET /images/{id}} against a local stub: our {@link HetznerClient} (RestClient, error decoding,
 * rate-limit tracking, retry loop) against the least code that does the same call, the JDK {@link HttpClient}
 * plus the same Jackson mapper. The difference is the library's per-call overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallOverheadBenchmark {

    private StubApi stub;
    private HetznerClient client;
    private ApiRequest retrieve;
    private HttpClient rawClient;
    private String baseUrl;
    private JsonMapper mapper;
    private RestClient plainRestClient;

    /** Starts the stub and builds both clients once, as an application does. */
    @Setup(Level.Trial)
    public void setUp() {
        stub = StubApi.start(2);
        client = BenchClients.hetzner(stub.baseUrl(), 4);
        retrieve = ApiRequest.get("/images/{id}").withPathVariable("id", 4711L);
        rawClient = BenchClients.jdkHttpClient();
        baseUrl = stub.baseUrl();
        mapper = Internals.wireMapper();
        plainRestClient = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory(BenchClients.jdkHttpClient()))
                .defaultHeaders(headers -> headers.setBearerAuth(BenchClients.TOKEN))
                .configureMessageConverters(converters ->
                        converters.withJsonConverter(new JacksonJsonHttpMessageConverter(Internals.wireMapper())))
                .build();
    }

    /** Stops the stub. */
    @TearDown(Level.Trial)
    public void tearDown() {
        stub.close();
    }

    /** Our client: {@code execute(GET /images/{id}, ImageEnvelope)} unwrapped to the image. */
    @Benchmark
    public Image hetznerClient() {
        return client.execute(retrieve, ImageEnvelope.class, ImageEnvelope::image, "image");
    }

    /**
     * Spring's RestClient on the same transport and mapper, without our layer: tells how much of the gap is the
     * RestClient (which the library builds on by design, for Boot's customizers and observation) and how much is
     * ours.
     */
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

    /**
     * The baseline: JDK HttpClient, the same headers, status check, the body read whole and decoded by the same
     * Jackson mapper. (Decoding straight from the body stream would let Jackson close it before the end, so the JDK
     * client could not reuse the connection and every call would open a new one.)
     */
    @Benchmark
    public Image rawJdkHttpClient() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/images/" + 4711L))
                .header("Authorization", "Bearer " + BenchClients.TOKEN)
                .header("User-Agent", "raw-baseline")
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = rawClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return mapper.readValue(response.body(), ImageEnvelope.class).image();
    }

    /**
     * The baseline decoding straight from the body stream, as Spring's {@code JdkClientHttpRequestFactory} reads
     * every answer ({@code BodyHandlers.ofInputStream()}): same code otherwise, the rest drained so the connection is
     * reused. Its difference to {@link #rawJdkHttpClient} is the cost of the streaming body handler itself.
     */
    @Benchmark
    public Image rawJdkHttpClientStreaming() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/images/" + 4711L))
                .header("Authorization", "Bearer " + BenchClients.TOKEN)
                .header("User-Agent", "raw-baseline")
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response = rawClient.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 400) {
                throw new IOException("HTTP " + response.statusCode());
            }
            Image image = mapper.readValue(StreamUtils.nonClosing(body), ImageEnvelope.class)
                    .image();
            StreamUtils.drain(body);
            return image;
        }
    }

    /** The wire shape of {@code GET /images/{id}} (the library's own envelope is package-private). */
    record ImageEnvelope(Image image) {}
}
