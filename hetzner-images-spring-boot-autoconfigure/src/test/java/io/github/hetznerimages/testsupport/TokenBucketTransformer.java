package io.github.hetznerimages.testsupport;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A WireMock extension that puts a token bucket in front of every stub, like the API's rate limit: each request
 * takes one request from the bucket, which refills one request per {@code refillInterval} by the given clock; an
 * empty bucket answers {@code 429 rate_limit_exceeded}. Every answer carries {@code RateLimit-Limit},
 * {@code -Remaining} and {@code -Reset} (when the bucket is full again, whole epoch seconds rounded up).
 */
public final class TokenBucketTransformer implements ResponseDefinitionTransformerV2 {

    private final int capacity;
    private final long intervalMillis;
    private final Clock clock;
    private double tokens;
    private Instant last;
    private int served;
    private int refused;

    /**
     * @param capacity the bucket's size ({@code RateLimit-Limit})
     * @param initial requests in the bucket at the start
     * @param refillInterval the time one request takes to come back
     * @param clock the clock the refill follows
     */
    public TokenBucketTransformer(int capacity, int initial, Duration refillInterval, Clock clock) {
        this.capacity = capacity;
        this.tokens = initial;
        this.intervalMillis = refillInterval.toMillis();
        this.clock = clock;
        this.last = clock.instant();
    }

    @Override
    public String getName() {
        return "token-bucket";
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Instant now = clock.instant();
        double elapsed = Math.max(0, Duration.between(last, now).toMillis());
        tokens = Math.min(capacity, tokens + elapsed / intervalMillis);
        last = now;
        boolean allowed = tokens >= 1;
        ResponseDefinitionBuilder answer;
        if (allowed) {
            tokens -= 1;
            served++;
            answer = ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition());
        } else {
            refused++;
            answer = new ResponseDefinitionBuilder()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"limit\",\"details\":{}}}");
        }
        long fullAtMillis = now.toEpochMilli() + Math.round((capacity - tokens) * intervalMillis);
        long reset = (fullAtMillis + 999) / 1000;
        return answer.withHeader("RateLimit-Limit", String.valueOf(capacity))
                .withHeader("RateLimit-Remaining", String.valueOf((int) Math.floor(tokens)))
                .withHeader("RateLimit-Reset", String.valueOf(reset))
                .build();
    }

    /** How many requests were answered with the stub's answer. */
    public synchronized int served() {
        return served;
    }

    /** How many requests were answered {@code 429}. */
    public synchronized int refused() {
        return refused;
    }
}
