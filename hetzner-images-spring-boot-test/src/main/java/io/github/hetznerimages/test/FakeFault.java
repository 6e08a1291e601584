package io.github.hetznerimages.test;

import java.time.Duration;

/**
 * A failure the fake answers with instead of (or, for {@link #slow}, before) its normal answer, to test how an
 * application copes: see {@link HetznerImagesFake#failNext(FakeRoute, int, FakeFault)}. Apart from {@link #slow},
 * a faulted request changes nothing in the fake.
 */
public final class FakeFault {

    enum Kind {
        ERROR,
        RESET,
        SLOW,
        UNDECODABLE
    }

    private final Kind kind;
    private final int status;
    private final String code;
    private final String message;
    private final Duration delay;

    private FakeFault(Kind kind, int status, String code, String message, Duration delay) {
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.message = message;
        this.delay = delay;
    }

    /** {@code 429 rate_limit_exceeded} with {@code RateLimit-Remaining: 0}, as when the hourly budget is used up. */
    public static FakeFault rateLimited() {
        return new FakeFault(Kind.ERROR, 429, "rate_limit_exceeded", "limit of 3600 requests per hour reached", null);
    }

    /** {@code 503 unavailable}, as during a maintenance. */
    public static FakeFault unavailable() {
        return new FakeFault(Kind.ERROR, 503, "unavailable", "service temporarily unavailable", null);
    }

    /**
     * Any error envelope, e.g. {@code error(409, "conflict", "resource is locked")}.
     *
     * @throws IllegalArgumentException when the status is not 400 to 599 or the code is blank
     */
    public static FakeFault error(int status, String code, String message) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be between 400 and 599, was " + status);
        }
        FakeImage.requireText("code", code);
        FakeImage.requireNonNull("message", message);
        return new FakeFault(Kind.ERROR, status, code, message, null);
    }

    /** The connection is reset before any answer. */
    public static FakeFault connectionReset() {
        return new FakeFault(Kind.RESET, 0, null, null, null);
    }

    /**
     * The normal answer, but only after {@code delay} (the request is carried out), e.g. to run into the client's
     * read timeout.
     *
     * @throws IllegalArgumentException when the delay is not positive
     */
    public static FakeFault slow(Duration delay) {
        if (delay == null || delay.isZero() || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be positive, was " + delay);
        }
        return new FakeFault(Kind.SLOW, 0, null, null, delay);
    }

    /** {@code 200} with a JSON content type and a body that is not JSON. */
    public static FakeFault undecodable() {
        return new FakeFault(Kind.UNDECODABLE, 200, null, null, null);
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String message() {
        return message;
    }

    Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ERROR -> "FakeFault[" + status + " " + code + "]";
            case SLOW -> "FakeFault[slow " + delay + "]";
            default -> "FakeFault[" + kind.name().toLowerCase(java.util.Locale.ROOT) + "]";
        };
    }
}
