package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.RetryPolicy;
import io.github.hetznerimages.images.WaitOptions;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsProperties;

/**
 * Settings of the Hetzner Cloud images client, bound from {@code hetzner.*}. Connection settings ({@code token},
 * {@code base-url}, {@code http.*}) come first, behaviour settings ({@code retry.*}, {@code actions.*},
 * {@code paging.*}) after them. {@link #toString()} never shows the token.
 *
 * @param enabled Whether to auto-configure the Hetzner Cloud images client.
 * @param token API token of the Hetzner Cloud project, sent as a bearer token. When not set, the HCLOUD_TOKEN
 *     environment variable is used. Create one in the Hetzner Cloud Console under your project, Security, API
 *     tokens.
 * @param baseUrl Base URL of the Hetzner Cloud API, e.g. a WireMock server in tests.
 * @param http HTTP client settings for calls to the Hetzner Cloud API; each overrides the matching
 *     spring.http.clients setting.
 * @param retry Retries of calls that may safely be repeated.
 * @param actions Waiting for actions, such as the creation of an image, to finish.
 * @param paging Fetching every page of a list.
 */
@ConfigurationProperties(HetznerProperties.CONFIG_PREFIX)
public record HetznerProperties(
        @DefaultValue("true") boolean enabled,
        String token,
        @DefaultValue(HetznerClient.DEFAULT_BASE_URL) String baseUrl,
        Http http,
        @DefaultValue Retry retry,
        @DefaultValue Actions actions,
        @DefaultValue Paging paging) {

    /** The prefix of every property of this library. */
    public static final String CONFIG_PREFIX = "hetzner";

    /** Fills in the groups that were not bound. */
    public HetznerProperties {
        http = http == null ? new Http() : http;
        retry = retry == null ? Retry.DEFAULTS : retry;
        actions = actions == null ? Actions.DEFAULTS : actions;
        paging = paging == null ? Paging.DEFAULTS : paging;
    }

    /** Lists the settings with the token masked. */
    @Override
    public String toString() {
        return "HetznerProperties[enabled=" + enabled + ", token=" + (token == null ? "(not set)" : "******")
                + ", baseUrl=" + baseUrl + ", http=" + describe(http) + ", retry=" + retry + ", actions=" + actions
                + ", paging=" + paging + "]";
    }

    private static String describe(Http http) {
        return "Http[connectTimeout=" + http.getConnectTimeout() + ", readTimeout=" + http.getReadTimeout()
                + ", redirects=" + http.getRedirects() + ", cookieHandling=" + http.getCookieHandling()
                + ", sslBundle=" + http.getSsl().getBundle() + "]";
    }

    /**
     * HTTP client settings for calls to the Hetzner Cloud API: {@code connect-timeout}, {@code read-timeout},
     * {@code redirects}, {@code cookie-handling} and {@code ssl.bundle}. Each one that is set overrides the matching
     * {@code spring.http.clients.*} setting; timeouts that neither sets default to 10 seconds (connect) and 30
     * seconds (read).
     */
    public static class Http extends HttpClientSettingsProperties {}

    /**
     * Retries of calls that may safely be repeated; see {@link RetryPolicy}.
     *
     * @param enabled Whether to retry calls that failed for a reason that may pass, such as a rate limit, a 502,
     *     503 or 504 answer, or a connection failure. Requests that create something are only repeated when the
     *     API provably did not process them.
     * @param maxRetries Maximum number of retries after the first attempt.
     * @param initialBackoff Wait before the first retry.
     * @param multiplier Factor by which the wait grows with each further retry.
     * @param maxBackoff Longest wait between two attempts.
     * @param jitter Fraction of each wait, from 0 to 1, that is random, so that many clients do not retry in step.
     */
    public record Retry(
            @DefaultValue("true") boolean enabled,

            @DefaultValue("" + RetryPolicy.DEFAULT_MAX_RETRIES)
            int maxRetries,

            @DefaultValue(RetryPolicy.DEFAULT_INITIAL_BACKOFF_SECONDS + "s")
            Duration initialBackoff,

            @DefaultValue("" + RetryPolicy.DEFAULT_MULTIPLIER)
            double multiplier,

            @DefaultValue(RetryPolicy.DEFAULT_MAX_BACKOFF_SECONDS + "s")
            Duration maxBackoff,

            @DefaultValue("" + RetryPolicy.DEFAULT_JITTER) double jitter) {

        /** The defaults, those of {@link RetryPolicy#DEFAULT}. */
        public static final Retry DEFAULTS = new Retry(
                true,
                RetryPolicy.DEFAULT.maxRetries(),
                RetryPolicy.DEFAULT.initialBackoff(),
                RetryPolicy.DEFAULT.multiplier(),
                RetryPolicy.DEFAULT.maxBackoff(),
                RetryPolicy.DEFAULT.jitter());

        /** Checks the settings as {@link RetryPolicy} does, so that a bad value fails at start-up. */
        public Retry {
            new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, jitter);
        }

        /** The retry policy these settings describe; {@link RetryPolicy#NONE} when retries are disabled. */
        public RetryPolicy toPolicy() {
            return enabled
                    ? new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, jitter)
                    : RetryPolicy.NONE;
        }
    }

    /**
     * Waiting for actions to finish.
     *
     * @param pollInterval Wait before the first status check of an action; later waits grow up to the maximum poll
     *     interval.
     * @param maxPollInterval Longest wait between two status checks of an action.
     * @param timeout Longest time to wait for an action to finish before giving up.
     */
    public record Actions(
            @DefaultValue(WaitOptions.DEFAULT_POLL_INTERVAL_SECONDS + "s")
            Duration pollInterval,

            @DefaultValue(WaitOptions.DEFAULT_MAX_POLL_INTERVAL_SECONDS + "s")
            Duration maxPollInterval,

            @DefaultValue(WaitOptions.DEFAULT_TIMEOUT_MINUTES + "m")
            Duration timeout) {

        /** The defaults, those of {@link WaitOptions#defaults()}. */
        public static final Actions DEFAULTS = new Actions(
                WaitOptions.DEFAULT_POLL_INTERVAL, WaitOptions.DEFAULT_MAX_POLL_INTERVAL, WaitOptions.DEFAULT_TIMEOUT);

        /**
         * Checks that every duration is positive and the longest poll interval is not shorter than the first, so
         * that a bad value fails at start-up with the property's name.
         */
        public Actions {
            requirePositive("hetzner.actions.poll-interval", pollInterval);
            requirePositive("hetzner.actions.max-poll-interval", maxPollInterval);
            requirePositive("hetzner.actions.timeout", timeout);
            if (maxPollInterval.compareTo(pollInterval) < 0) {
                throw new IllegalArgumentException("hetzner.actions.max-poll-interval (" + maxPollInterval
                        + ") must not be shorter than hetzner.actions.poll-interval (" + pollInterval + ")");
            }
        }

        /** The wait settings these properties describe, without a progress listener. */
        public WaitOptions toWaitOptions() {
            return new WaitOptions(pollInterval, maxPollInterval, timeout, null);
        }

        private static void requirePositive(String property, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(property + " must be positive, was " + value);
            }
        }
    }

    /**
     * Fetching every page of a list.
     *
     * @param concurrency Maximum number of pages fetched at once when reading every page of a list; fewer while the
     *     rate-limit budget holds fewer requests.
     */
    public record Paging(
            @DefaultValue("" + HetznerClient.DEFAULT_PAGING_CONCURRENCY)
            int concurrency) {

        /** The default: {@link HetznerClient#DEFAULT_PAGING_CONCURRENCY} pages at once. */
        public static final Paging DEFAULTS = new Paging(HetznerClient.DEFAULT_PAGING_CONCURRENCY);

        /** Checks that at least one page may be fetched at once. */
        public Paging {
            if (concurrency < 1) {
                throw new IllegalArgumentException("hetzner.paging.concurrency must be at least 1, was " + concurrency);
            }
        }
    }
}
