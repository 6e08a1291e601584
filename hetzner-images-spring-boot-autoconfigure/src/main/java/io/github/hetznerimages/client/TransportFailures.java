package io.github.hetznerimages.client;

import io.github.hetznerimages.error.TransporterException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/** Builds the {@link TransporterException}s of the HTTP layer, deciding whether the outcome is unknown. */
final class TransportFailures {

    private static final int CAUSE_MESSAGE_LIMIT = 200;

    private TransportFailures() {}

    /**
     * No answer arrived (connect failure, time-out, reset). The outcome is known only when the connection was never
     * made, so the request never left this machine.
     */
    static TransporterException noAnswer(ApiRequest request, Throwable failure, long elapsedMillis) {
        Throwable root = rootCause(failure);
        boolean neverSent = neverSent(failure);
        String reason = timedOut(failure) ? "timed out" : "failed";
        String message = request.describe() + ": no answer, the connection " + reason + " after " + elapsedMillis
                + " ms (" + root.getClass().getSimpleName() + describeCause(root) + ")";
        return create(request, message, 0, !neverSent, failure);
    }

    /** An answer arrived but is not usable: empty, truncated, not JSON, or JSON that does not decode. */
    static TransporterException unusable(ApiRequest request, int status, String what, Throwable cause) {
        boolean mayHaveBeenProcessed = !"GET".equals(request.method().name()) && (status < 300 || status >= 500);
        String message = request.describe() + ": HTTP " + status + " with " + what;
        return create(request, message, status, mayHaveBeenProcessed, cause);
    }

    private static TransporterException create(
            ApiRequest request, String message, int status, boolean outcomeUnknown, Throwable cause) {
        String text = message;
        if (outcomeUnknown && !request.idempotent() && request.unknownOutcomeAdvice() != null) {
            text += "; the request may have been processed and was not repeated: " + request.unknownOutcomeAdvice();
        }
        return new TransporterException(
                text, request.method().name(), request.pathTemplate(), status, outcomeUnknown, cause);
    }

    static String bounded(String text, int limit) {
        if (text == null) {
            return "";
        }
        return text.length() <= limit ? text : text.substring(0, limit) + "...";
    }

    private static String describeCause(Throwable root) {
        String text = root.getMessage();
        return text == null || text.isBlank() ? "" : ": " + bounded(text, CAUSE_MESSAGE_LIMIT);
    }

    private static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof PortUnreachableException) {
                return true;
            }
            if (cause instanceof SocketTimeoutException
                    && cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("connect")) {
                return true;
            }
        }
        return false;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
