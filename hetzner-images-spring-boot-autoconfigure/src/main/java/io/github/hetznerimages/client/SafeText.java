package io.github.hetznerimages.client;

import java.nio.charset.StandardCharsets;

/**
 * Turns text from the network (bodies, parser messages) into something safe to put into an exception message or
 * a log line: bounded in length, control characters replaced, and the API token redacted should a server ever
 * echo it. One per client, as it knows that client's token.
 */
final class SafeText {

    static final String REDACTED = "[redacted]";

    private final String secret;

    SafeText(String secret) {
        this.secret = secret == null || secret.isBlank() ? null : secret.strip();
    }

    /** The first {@code limit} characters of {@code text}, redacted, with {@code ...} when cut. */
    String bounded(String text, int limit) {
        if (text == null) {
            return "";
        }
        String head = text.length() > window(limit) ? text.substring(0, window(limit)) : text;
        String clean = clean(head);
        return clean.length() <= limit && head.length() == text.length() ? clean : cut(clean, limit) + "...";
    }

    /** The start of a body as text, redacted, with its full size when cut: {@code <html>... (5120 bytes)}. */
    String preview(byte[] body, int limit) {
        int length = Math.min(body.length, window(limit));
        String clean = clean(new String(body, 0, length, StandardCharsets.UTF_8));
        return body.length <= limit && clean.length() <= limit
                ? clean
                : cut(clean, limit) + "... (" + body.length + " bytes)";
    }

    /**
     * The failure to keep as an exception's cause: {@code failure} itself, unless a message in its chain holds the
     * token (a parser quoting a body that echoed it); then a copy of the chain with the token redacted, each link a
     * {@link RedactedException} that names the original class and keeps its stack trace.
     */
    Throwable scrub(Throwable failure) {
        if (secret == null || !mentionsSecret(failure)) {
            return failure;
        }
        return redactedCopy(failure, 0);
    }

    private boolean mentionsSecret(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(secret)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private Throwable redactedCopy(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        Throwable next = failure.getCause() == failure ? null : failure.getCause();
        String message =
                failure.getMessage() == null ? "" : ": " + failure.getMessage().replace(secret, REDACTED);
        RedactedException copy =
                new RedactedException(failure.getClass().getName() + message, redactedCopy(next, depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a failure whose message held the token; its message names the original class. */
    static final class RedactedException extends Exception {

        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How much to read so that a token starting before {@code limit} is seen whole and redacted. */
    private int window(int limit) {
        return limit + (secret == null ? 0 : secret.length());
    }

    private String clean(String text) {
        String redacted = secret == null ? text : text.replace(secret, REDACTED);
        StringBuilder out = new StringBuilder(redacted.length());
        for (int i = 0; i < redacted.length(); i++) {
            char c = redacted.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
