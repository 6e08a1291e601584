package io.github.hetznerimages.client;

import io.github.hetznerimages.error.ErrorCode;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/**
 * Builds the {@link TransporterException}s of the HTTP layer and decides whether their outcome is unknown: it is
 * known (nothing happened) only when the request never left this machine or the API refused it (HTTP 3xx/4xx).
 * For a request that is not safe to repeat, the message says what to check before trying again.
 */
final class TransportFailures {

    /** The advice for a request that is not safe to repeat and brought no advice of its own. */
    static final String DEFAULT_ADVICE = "check whether it took effect before trying again";

    private static final int CAUSE_MESSAGE_LIMIT = 200;

    private TransportFailures() {}

    /** No answer arrived: the connection failed, timed out or was reset, or the thread was interrupted. */
    static TransporterException noAnswer(
            ApiRequest request, Throwable failure, long elapsedMillis, boolean interrupted, SafeText text) {
        Reason reason = interrupted ? Reason.INTERRUPTED : classify(failure);
        String what = switch (reason) {
            case CONNECT_FAILED -> "the connection could not be made";
            case TIMED_OUT -> "no answer within the read time-out";
            case INTERRUPTED -> "interrupted while waiting for the answer";
            default -> "the connection was lost before an answer arrived";
        };
        Throwable root = rootCause(failure);
        String message = request.describe() + ": " + what + " after " + elapsedMillis + " ms ("
                + root.getClass().getSimpleName() + describeCause(root, text) + ")";
        return create(request, message, reason, 0, reason != Reason.CONNECT_FAILED, text.scrub(failure));
    }

    /**
     * An answer arrived but is not usable: empty, truncated, not JSON, or JSON that does not decode.
     *
     * @param what a safe description of the answer (already bounded and redacted)
     * @param cause the failure, scrubbed of the token before it is kept
     */
    static TransporterException unusable(
            ApiRequest request, int status, Reason reason, String what, Throwable cause, SafeText text) {
        boolean refused = status >= 300 && status < 500;
        String message = request.describe() + ": HTTP " + status + " with " + what;
        return create(request, message, reason, status, !refused, cause == null ? null : text.scrub(cause));
    }

    /**
     * The failure to throw for an error answer. A request that is not safe to repeat and got a backend error
     * (HTTP 5xx except {@code unavailable}) may have been processed, so it becomes a {@link TransporterException}
     * with an unknown outcome and the error as its cause; anything else stays the {@link ErrorException}.
     */
    static HetznerException forErrorAnswer(ApiRequest request, ErrorException error) {
        if (request.idempotent() || error.status() < 500 || error.is(ErrorCode.UNAVAILABLE)) {
            return error;
        }
        return create(request, error.getMessage(), Reason.SERVER_ERROR, error.status(), true, error);
    }

    /**
     * The body of an answer broke off while it was read: the read time-out passed ({@code TIMED_OUT}), the thread
     * was interrupted ({@code INTERRUPTED}; the flag stays set), or the connection was lost.
     */
    static TransporterException bodyBroke(ApiRequest request, int status, Throwable cause, SafeText text) {
        Reason reason;
        String what;
        if (timedOut(cause)) {
            reason = Reason.TIMED_OUT;
            what = "a body that did not arrive within the read time-out";
        } else if (Thread.currentThread().isInterrupted() || hasCause(cause, InterruptedIOException.class)) {
            Thread.currentThread().interrupt();
            reason = Reason.INTERRUPTED;
            what = "a body whose reading was interrupted";
        } else {
            reason = Reason.CONNECTION_LOST;
            what = "a body that broke off";
        }
        return unusable(request, status, reason, what + " (" + cause.getClass().getSimpleName() + ")", cause, text);
    }

    /**
     * Whether the failed attempt may have been processed by the API: no usable answer after the request may have
     * left this machine, or a backend error other than {@code unavailable}.
     */
    static boolean mayHaveTakenEffect(HetznerException failure) {
        if (failure instanceof TransporterException transport) {
            return transport.outcomeUnknown();
        }
        return failure instanceof ErrorException error && error.status() >= 500 && !error.is(ErrorCode.UNAVAILABLE);
    }

    /** The thread was interrupted while waiting before an attempt. */
    static TransporterException interruptedWhileWaiting(
            ApiRequest request, InterruptedException cause, HetznerException lastFailure) {
        boolean outcomeUnknown = lastFailure instanceof TransporterException transport && transport.outcomeUnknown();
        String message = request.describe() + ": interrupted while waiting to send the request";
        TransporterException interrupted = create(request, message, Reason.INTERRUPTED, 0, outcomeUnknown, cause);
        if (lastFailure != null) {
            interrupted.addSuppressed(lastFailure);
        }
        return interrupted;
    }

    /**
     * An answer that contradicts the request or the answers before it ({@link Reason#INCONSISTENT_ANSWER}); the
     * request was read-only or already answered, so the outcome is known.
     */
    static TransporterException inconsistentAnswer(ApiRequest request, int status, String what) {
        return create(request, request.describe() + ": " + what, Reason.INCONSISTENT_ANSWER, status, false, null);
    }

    private static TransporterException create(
            ApiRequest request, String message, Reason reason, int status, boolean outcomeUnknown, Throwable cause) {
        String text = message;
        if (outcomeUnknown && !request.idempotent()) {
            String advice = request.unknownOutcomeAdvice() == null ? DEFAULT_ADVICE : request.unknownOutcomeAdvice();
            text += "; the outcome is unknown: the request may have been processed and was not repeated, " + advice;
        }
        return new TransporterException(
                text, reason, request.method().name(), request.pathTemplate(), status, outcomeUnknown, cause);
    }

    private static String describeCause(Throwable root, SafeText text) {
        String message = root.getMessage();
        return message == null || message.isBlank() ? "" : ": " + text.bounded(message, CAUSE_MESSAGE_LIMIT);
    }

    private static Reason classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (neverConnected(cause)) {
                return Reason.CONNECT_FAILED;
            }
        }
        return timedOut(failure) ? Reason.TIMED_OUT : Reason.CONNECTION_LOST;
    }

    private static boolean timedOut(Throwable failure) {
        return hasCause(failure, SocketTimeoutException.class) || hasCause(failure, HttpTimeoutException.class);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean neverConnected(Throwable cause) {
        if (cause instanceof ConnectException
                || cause instanceof HttpConnectTimeoutException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || cause instanceof PortUnreachableException) {
            return true;
        }
        // SimpleClientHttpRequestFactory and others report a connect time-out as "Connect timed out"
        return cause instanceof SocketTimeoutException
                && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
