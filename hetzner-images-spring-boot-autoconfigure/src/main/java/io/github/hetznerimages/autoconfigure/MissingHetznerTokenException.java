package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.error.HetznerException;

/**
 * Start-up failed because no Hetzner Cloud API token is configured: neither {@code hetzner.token} nor the
 * {@code HCLOUD_TOKEN} environment variable holds a non-blank value. Spring Boot reports it with advice on how to
 * set one (see {@link MissingHetznerTokenFailureAnalyzer}).
 */
public final class MissingHetznerTokenException extends HetznerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which sources were checked and what they held (never a token)
     */
    public MissingHetznerTokenException(String message) {
        super(message);
    }
}
