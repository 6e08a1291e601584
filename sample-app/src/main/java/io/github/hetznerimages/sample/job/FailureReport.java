package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.error.HetznerException;

/**
 * How the job reports a failure: one line {@code error: ...} and an exit code; the stack trace only when asked for
 * with {@code --debug}.
 *
 * @param line the one-line message
 * @param exitCode the exit code that goes with it
 */
public record FailureReport(String line, int exitCode) {

    /**
     * The report for a failure: a bad argument ({@link IllegalArgumentException}) exits with
     * {@link ExitCodes#USAGE}, a failed API call ({@link HetznerException}: {@code ErrorException},
     * {@code TransporterException}, a failed or timed-out action) and anything else with {@link ExitCodes#FAILURE}.
     */
    public static FailureReport of(Throwable failure) {
        if (failure instanceof IllegalArgumentException) {
            return new FailureReport("error: " + oneLine(failure) + " (see --help)", ExitCodes.USAGE);
        }
        if (failure instanceof HetznerException) {
            return new FailureReport("error: " + oneLine(failure), ExitCodes.FAILURE);
        }
        return new FailureReport(
                "error: unexpected " + failure.getClass().getSimpleName() + ": " + oneLine(failure)
                        + " (run with --debug for details)",
                ExitCodes.FAILURE);
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
