package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.error.ActionInterruptedException;
import io.github.hetznerimages.error.ActionTimeoutException;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import io.github.hetznerimages.images.observation.DefaultHetznerObservationConvention;
import io.github.hetznerimages.images.observation.HetznerObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The default tags for every way a call can end. */
class DefaultHetznerObservationConventionTest {

    private final DefaultHetznerObservationConvention convention = new DefaultHetznerObservationConvention();

    static Stream<Arguments> endings() {
        return Stream.of(
                Arguments.of(null, "success", "none"),
                Arguments.of(apiError("protected"), "error", "protected"),
                Arguments.of(apiError("a_code_from_the_future"), "error", "unknown"),
                Arguments.of(
                        new TransporterException("m", Reason.INCONSISTENT_ANSWER, "GET", "/images", 200, false, null),
                        "transport_failure",
                        "inconsistent_answer"),
                Arguments.of(new ActionFailedException(SampleActions.failed(13)), "action_failed", "none"),
                Arguments.of(
                        new ActionTimeoutException(List.of(SampleActions.running(13, 50)), Duration.ofMinutes(1)),
                        "action_timeout",
                        "none"),
                Arguments.of(
                        new ActionInterruptedException(
                                List.of(SampleActions.running(13, 50)), new InterruptedException()),
                        "interrupted",
                        "none"),
                Arguments.of(new IllegalArgumentException("id must be positive"), "invalid_argument", "none"),
                Arguments.of(new IllegalStateException("a bug"), "other", "none"));
    }

    private static ErrorException apiError(String code) {
        return new ErrorException("DELETE", "/images/{id}", 423, code, "m", ErrorDetails.NONE, null, null);
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("endings")
    void tagsTheOperationTheOutcomeAndTheErrorCode(Throwable error, String outcome, String errorCode) {
        HetznerObservationContext context = new HetznerObservationContext("delete_image");
        context.setError(error);

        assertThat(convention.supportsContext(context)).isTrue();
        assertThat(convention.getName()).isEqualTo("hetzner.images.operation");
        assertThat(convention.getContextualName(context)).isEqualTo("delete_image");
        assertThat(convention.getLowCardinalityKeyValues(context))
                .containsExactly(
                        KeyValue.of("error.code", errorCode),
                        KeyValue.of("operation", "delete_image"),
                        KeyValue.of("outcome", outcome));
    }

    @Test
    void leavesOtherObservationsAlone() {
        assertThat(convention.supportsContext(new Observation.Context())).isFalse();
    }
}
