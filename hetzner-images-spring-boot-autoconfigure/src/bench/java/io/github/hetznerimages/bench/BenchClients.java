package io.github.hetznerimages.bench;

import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.ListMeta;
import io.github.hetznerimages.client.PageFetcher;
import io.github.hetznerimages.client.PageResult;
import io.github.hetznerimages.client.Paging;
import io.github.hetznerimages.client.QueryParams;
import io.github.hetznerimages.images.Image;
import java.net.http.HttpClient;
import java.util.List;
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
     * Fetches one page of {@code GET /images} with the maximum page size. Stands in for {@code ImagesService}'s
     * fetcher until that lands on main; switch {@code listAll}/{@code stream} to the service then.
     */
    static PageFetcher<Image> imagesFetcher(HetznerClient client) {
        return page -> {
            ImageList list = client.execute(
                    ApiRequest.get("/images")
                            .withQuery(QueryParams.builder()
                                    .add("page", page)
                                    .add("per_page", Paging.MAX_PAGE_SIZE)
                                    .build()),
                    ImageList.class);
            return new PageResult<>(
                    list.images(), list.meta() == null ? null : list.meta().pagination());
        };
    }

    /**
     * The wire answer of {@code GET /images}.
     *
     * @param images the page's images
     * @param meta the paging state
     */
    record ImageList(List<Image> images, ListMeta meta) {}
}
