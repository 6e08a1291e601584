package io.github.hetznerimages.bench;

import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImagesService;
import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Builds the clients the benchmarks compare. Both our client and the raw baseline use the JDK's
 * {@link HttpClient} (HTTP/1.1, each its own instance), the transport Spring picks when no other HTTP library is
 * on the class path, so that the comparison measures the library, not the transport.
 */
final class BenchClients {

    static final String TOKEN = "bench-token-not-a-secret";

    private BenchClients() {}

    /** A JDK HTTP client like the one Spring's {@code JdkClientHttpRequestFactory} builds, pinned to HTTP/1.1. */
    static HttpClient jdkHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Our client against {@code baseUrl}, fetching up to {@code pagingConcurrency} pages at once. */
    static HetznerClient hetzner(String baseUrl, int pagingConcurrency) {
        return HetznerClient.builder()
                .baseUrl(baseUrl)
                .token(TOKEN)
                .requestFactory(new JdkClientHttpRequestFactory(jdkHttpClient()))
                .pagingConcurrency(pagingConcurrency)
                .build();
    }

    /**
     * The real {@link ImagesService} on {@code client}: what benchmarks 2 and 3 drive
     * ({@code listAll}, {@code stream}, {@code list}).
     */
    static ImagesService images(HetznerClient client) {
        return new ImagesService(client, new ImageActionsService(client));
    }
}
