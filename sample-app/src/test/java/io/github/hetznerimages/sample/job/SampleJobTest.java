package io.github.hetznerimages.sample.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.sample.testsupport.SampleRun;
import io.github.hetznerimages.sample.testsupport.SampleRun.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole application with bad command lines and failing calls: one line, an exit code, and nothing sent. */
class SampleJobTest {

    private static final String DEMO_NOTICE = "Running against the local demo API at http://127.0.0.1:";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "deploy|error: unknown command 'deploy'; expected one of images, snapshot, rotate (see --help)",
                "snapshot|error: snapshot needs --server ID, the server to snapshot (see --help)",
                "snapshot --server abc|error: --server must be a positive whole number, was 'abc' (see --help)",
                "rotate --selector backup_type=daily --keep -1|error: --keep must be a whole number, 1 or more, was '-1' (see --help)",
                "images --selector a,,b|error: label selector 'a,,b' is invalid: cannot read requirement '' (see --help)",
                "snapshot --server 4711 --label hetzner.cloud/x=1|error: label key 'hetzner.cloud/x' is invalid: the prefix 'hetzner.cloud/' is reserved (see --help)"
            })
    void badInputIsOneLineAndExitCode2AndNothingIsSent(String line, String message) {
        Result result = SampleRun.embedded(line.split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly(message);
        assertThat(result.outLines()).hasSize(1).first().asString().startsWith(DEMO_NOTICE);
        assertThat(result.embeddedDemo()).isTrue();
        assertThat(result.embeddedRequests()).isEmpty();
    }

    @Test
    void helpPrintsTheUsageAndSendsNothing() {
        Result result = SampleRun.embedded("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(1)).startsWith("Usage: sample-app [images]");
        assertThat(result.out())
                .contains("snapshot --server ID", "rotate --selector SELECTOR [--keep N] [--max-age AGE] [--apply]");
        assertThat(result.err()).isEmpty();
        assertThat(result.embeddedRequests()).isEmpty();
    }

    @Test
    void apiErrorIsOneLineAndExitCode1WithoutStackTrace() {
        Result result = SampleRun.embedded("snapshot", "--server", "1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines())
                .containsExactly("error: POST /servers/{id}/actions/create_image failed: HTTP 404 not_found: server"
                        + " with ID '1' not found (correlation id local-1)");
        assertThat(result.embeddedRequests()).containsExactly("POST /v1/servers/1/actions/create_image");
    }

    @Test
    void debugAddsTheStackTrace() {
        Result result = SampleRun.embedded("snapshot", "--server", "1", "--debug");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines().get(0)).startsWith("error: POST /servers/{id}/actions/create_image failed");
        assertThat(result.err()).contains("io.github.hetznerimages.error.ErrorException", "\tat ");
    }

    @Test
    void withATokenTheRealApiIsUsedAndAConnectionFailureIsOneLine() {
        Result result = SampleRun.run(
                Map.of(
                        "hetzner.token", "not-a-real-token",
                        "hetzner.base-url", "http://127.0.0.1:1/v1",
                        "hetzner.retry.enabled", "false"),
                false,
                "images");

        assertThat(result.embeddedDemo()).isFalse();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1).first().asString().startsWith("error: ");
        assertThat(result.err()).doesNotContain("not-a-real-token");
    }
}
