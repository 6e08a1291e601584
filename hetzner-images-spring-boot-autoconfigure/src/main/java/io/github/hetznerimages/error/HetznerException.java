package io.github.hetznerimages.error;

/**
 * Base of every exception this library throws for a failed call, so that one {@code catch} covers them all.
 * Unchecked, like Spring's own {@code RestClientException}.
 */
public class HetznerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message and an optional cause. */
    public HetznerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates an exception with a message. */
    public HetznerException(String message) {
        super(message);
    }
}
