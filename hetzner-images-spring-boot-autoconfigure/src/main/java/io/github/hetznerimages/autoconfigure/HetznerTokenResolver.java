package io.github.hetznerimages.autoconfigure;

import org.springframework.core.env.Environment;

/**
 * Finds the API token: {@code hetzner.token} (which Spring also fills from a {@code HETZNER_TOKEN} environment
 * variable), else {@code HCLOUD_TOKEN}, the variable the official {@code hcloud} CLI reads. Blank values count as
 * missing. Reads through the {@link Environment}, so any property source may supply either.
 */
final class HetznerTokenResolver {

    /** The token property. */
    static final String PROPERTY = HetznerProperties.CONFIG_PREFIX + ".token";

    /** The environment variable of the official Hetzner Cloud CLI and clients. */
    static final String HCLOUD_TOKEN = "HCLOUD_TOKEN";

    /** The environment variable that Spring's relaxed binding maps to {@code hetzner.token}. */
    static final String HETZNER_TOKEN = "HETZNER_TOKEN";

    private HetznerTokenResolver() {}

    /**
     * The token to use.
     *
     * @throws MissingHetznerTokenException when neither source holds a non-blank token
     */
    static String resolve(HetznerProperties properties, Environment environment) {
        String configured = properties.token();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String fallback = environment.getProperty(HCLOUD_TOKEN);
        if (fallback != null && !fallback.isBlank()) {
            return fallback.strip();
        }
        throw new MissingHetznerTokenException("No Hetzner Cloud API token is configured: the property '" + PROPERTY
                + "' " + state(configured) + " and the environment variable " + HCLOUD_TOKEN + " " + state(fallback)
                + ".");
    }

    private static String state(String value) {
        return value == null ? "is not set" : "is blank";
    }
}
