package io.github.hetznerimages.client;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt of a request: sends it through the shared {@link RestClient} (URI template, query as URI variables,
 * JSON body), records the answer's rate-limit headers on the caller's turn, and turns the answer into the decoded
 * value, an {@link ErrorException} or a {@link TransporterException}. Retries are not its business: that is
 * {@link HetznerClient}'s loop. Thread-safe.
 */
final class Exchange {

    private static final Logger log = LoggerFactory.getLogger(HetznerClient.class);

    /**
     * The request attribute Spring's {@code RestClient} reads the URI template of its {@code http.client.requests}
     * observation from (its {@code uri} tag); set by {@code uri(String template, ...)}, which this class does not
     * use because it would parse the template on every call. {@code HetznerObservabilityTest} notices a rename.
     */
    static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

    private final RestClient restClient;
    private final String baseUrl;
    private final JsonMapper mapper = HetznerJson.mapper();
    private final SafeText safeText;
    private final ResponseReader reader;
    private final RateLimitTracker rateLimits;
    private final Clock clock;
    private final long readTimeoutNanos;

    Exchange(
            RestClient restClient,
            String baseUrl,
            SafeText safeText,
            RateLimitTracker rateLimits,
            Clock clock,
            Duration readTimeout) {
        this.restClient = restClient;
        this.baseUrl = baseUrl;
        this.safeText = safeText;
        this.reader = new ResponseReader(mapper, safeText);
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.readTimeoutNanos = readTimeout.toNanos();
    }

    /**
     * Sends one attempt of {@code request} and reads its answer.
     *
     * @param turn the caller's turn in the rate-limit budget, answered with the headers that arrive
     * @throws ErrorException when the API answered with an error
     * @throws TransporterException when no usable answer arrived
     */
    <W, T> T perform(
            ApiRequest request,
            Class<W> wireType,
            Function<W, T> extract,
            String propertyName,
            int attempt,
            RateLimitTracker.Turn turn) {
        RestClient.RequestBodySpec spec = restClient
                .method(request.method())
                .uri(RequestUri.uri(baseUrl, request))
                .attribute(URI_TEMPLATE_ATTRIBUTE, baseUrl + request.pathTemplate());
        if (request.body() != null) {
            byte[] json = mapper.writeValueAsBytes(request.body());
            if (log.isTraceEnabled()) {
                log.trace(
                        "{} request body: {}",
                        request.describe(),
                        safeText.preview(json, ResponseReader.TRACE_BODY_LIMIT));
            }
            spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        if (log.isTraceEnabled() && !request.query().isEmpty()) {
            log.trace(
                    "{} query: {}",
                    request.describe(),
                    safeText.bounded(RequestUri.render(request.query()), ResponseReader.TRACE_BODY_LIMIT));
        }
        long started = System.nanoTime();
        try {
            return spec.exchange((httpRequest, response) ->
                    read(request, response, wireType, extract, propertyName, attempt, started, turn));
        } catch (HetznerException answered) {
            throw answered;
        } catch (RuntimeException ex) {
            // a RestClientException, or a runtime failure of the HTTP stack, e.g. draining a body that the request
            // factory closed when its read time-out fired (GZIPInputStream: "Inflater has been closed")
            Throwable cause = ex;
            if (!(ex instanceof RestClientException) && System.nanoTime() - started >= readTimeoutNanos) {
                cause = new SocketTimeoutException("the read time-out passed");
                cause.initCause(ex);
            }
            TransporterException failure = TransportFailures.noAnswer(
                    request,
                    cause,
                    elapsedMillis(started),
                    Thread.currentThread().isInterrupted(),
                    safeText);
            log.debug(
                    "{} -> no answer in {} ms (attempt {}): {}",
                    request.describe(),
                    elapsedMillis(started),
                    attempt,
                    failure.reason());
            throw failure;
        }
    }

    private <W, T> T read(
            ApiRequest request,
            ClientHttpResponse response,
            Class<W> wireType,
            Function<W, T> extract,
            String propertyName,
            int attempt,
            long started,
            RateLimitTracker.Turn turn)
            throws IOException {
        int status = response.getStatusCode().value();
        HttpHeaders headers = response.getHeaders();
        RateLimit rateLimit = turn.answered(headers, clock.instant());
        InputStream body = InterruptibleBody.of(response.getBody(), started, readTimeoutNanos);
        String correlationId = headers.getFirst(HetznerClient.CORRELATION_ID);
        if (log.isDebugEnabled()) {
            log.debug(
                    "{} -> HTTP {} in {} ms (attempt {}, correlation id {})",
                    request.describe(),
                    status,
                    elapsedMillis(started),
                    attempt,
                    correlationId == null ? "none" : safeText.bounded(correlationId, 100));
        }
        if (status >= 400) {
            RuntimeException failure = reader.error(
                    request,
                    status,
                    headers,
                    body,
                    correlationId,
                    rateLimit != null ? rateLimit : rateLimits.latest().orElse(null));
            throw failure instanceof ErrorException error ? TransportFailures.forErrorAnswer(request, error) : failure;
        }
        if (status >= 300) {
            throw TransportFailures.unusable(
                    request, status, Reason.UNEXPECTED_STATUS, "an unexpected redirect", null, safeText);
        }
        if (wireType == Void.class) {
            reader.noContent(request, status, headers, body);
            return null;
        }
        W wire = reader.success(request, status, headers, body, wireType);
        T value = extract.apply(wire);
        if (value == null) {
            throw TransportFailures.unusable(
                    request, status, Reason.UNDECODABLE, "an answer without '" + propertyName + "'", null, safeText);
        }
        return value;
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
