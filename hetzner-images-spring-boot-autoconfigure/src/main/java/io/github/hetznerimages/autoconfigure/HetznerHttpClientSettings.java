package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.client.HetznerClient;
import java.time.Duration;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsPropertyMapper;
import org.springframework.boot.ssl.SslBundles;

/**
 * Works out the HTTP client settings of the Hetzner client: each {@code hetzner.http.*} setting wins over the
 * matching {@code spring.http.clients.*} one, and timeouts that neither sets get the library's defaults, so that a
 * call never hangs forever.
 */
final class HetznerHttpClientSettings {

    /** Connect timeout when neither {@code hetzner.http} nor {@code spring.http.clients} sets one. */
    static final Duration DEFAULT_CONNECT_TIMEOUT = HetznerClient.DEFAULT_CONNECT_TIMEOUT;

    /** Read timeout when neither {@code hetzner.http} nor {@code spring.http.clients} sets one. */
    static final Duration DEFAULT_READ_TIMEOUT = HetznerClient.DEFAULT_READ_TIMEOUT;

    private static final HttpClientSettings LIBRARY_DEFAULTS =
            HttpClientSettings.defaults().withTimeouts(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);

    private HetznerHttpClientSettings() {}

    /**
     * The settings for the Hetzner client.
     *
     * @param properties the {@code hetzner.http.*} settings
     * @param global the application's settings ({@code spring.http.clients.*})
     * @param sslBundles the SSL bundles, {@code null} when there are none
     * @return the merged settings; equal to {@code global} when the library needs nothing of its own
     */
    static HttpClientSettings merge(
            HetznerProperties.Http properties, HttpClientSettings global, SslBundles sslBundles) {
        return new HttpClientSettingsPropertyMapper(sslBundles, global.orElse(LIBRARY_DEFAULTS)).map(properties);
    }
}
