package io.github.hetznerimages.sample.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class FailureReportTest {

    @Test
    void badArgumentIsAUsageError() {
        FailureReport report = FailureReport.of(new IllegalArgumentException("--keep must be a whole number"));

        assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(report.line()).isEqualTo("error: --keep must be a whole number (see --help)");
    }

    @Test
    void apiErrorIsAFailureWithTheApisMessage() {
        ErrorException error = new ErrorException(
                "DELETE",
                "/images/{id}",
                423,
                "protected",
                "image is delete protected",
                ErrorDetails.NONE,
                "c-1",
                null);

        FailureReport report = FailureReport.of(error);

        assertThat(report.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(report.line())
                .isEqualTo("error: DELETE /images/{id} failed: HTTP 423 protected: image is delete protected"
                        + " (correlation id c-1)");
    }

    @Test
    void transportFailureIsAFailure() {
        TransporterException error = new TransporterException(
                "GET /images could not connect", "GET", "/images", 0, false, new ConnectException("refused"));

        FailureReport report = FailureReport.of(error);

        assertThat(report.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(report.line()).isEqualTo("error: GET /images could not connect");
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        FailureReport report = FailureReport.of(new IllegalStateException("first\n  second\r\nthird"));

        assertThat(report.line())
                .isEqualTo(
                        "error: unexpected IllegalStateException: first second third (run with --debug for details)");
        assertThat(report.exitCode()).isEqualTo(ExitCodes.FAILURE);
    }
}
