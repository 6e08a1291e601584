package io.github.hetznerimages.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the Hetzner client only, unlike Spring Boot's
 * {@code RestClientCustomizer}, which reaches every {@code RestClient} of the application. Beans of this type are
 * applied in {@link org.springframework.core.annotation.Order order}, last: after Spring Boot's settings and
 * customizers and after the library's base URL, token, {@code User-Agent} and request factory, so they can change
 * any of those (for example install a request factory of your own).
 */
@FunctionalInterface
public interface HetznerRestClientCustomizer {

    /**
     * Customizes the builder of the Hetzner client's {@link RestClient}.
     *
     * @param restClientBuilder the builder to customize
     */
    void customize(RestClient.Builder restClientBuilder);
}
