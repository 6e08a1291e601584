package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void defaultsAreFiveRetriesFromOneSecondDoublingToAtMostOneMinute() {
        RetryPolicy policy = RetryPolicy.DEFAULT.withJitter(0.0);

        assertThat(RetryPolicy.DEFAULT.maxRetries()).isEqualTo(5);
        assertThat(RetryPolicy.DEFAULT.jitter()).isEqualTo(0.5);
        assertThat(policy.backoff(1, 0.9)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(2, 0.9)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(6, 0.9)).isEqualTo(Duration.ofSeconds(32));
        assertThat(policy.backoff(7, 0.9)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(40, 0.9)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterTakesUpToItsFractionOffTheWait() {
        RetryPolicy policy = RetryPolicy.DEFAULT; // jitter 0.5

        assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoff(3, 0.999)).isEqualTo(Duration.ofMillis(2002));
    }

    @Test
    void noneAndZeroRetriesAreDisabled() {
        assertThat(RetryPolicy.NONE.enabled()).isFalse();
        assertThat(RetryPolicy.DEFAULT.withMaxRetries(0).enabled()).isFalse();
        assertThat(RetryPolicy.DEFAULT.enabled()).isTrue();
    }

    @Test
    void withersChangeOneSettingEach() {
        RetryPolicy policy = RetryPolicy.DEFAULT
                .withMaxRetries(2)
                .withInitialBackoff(Duration.ofMillis(200))
                .withMultiplier(3.0)
                .withMaxBackoff(Duration.ofSeconds(1))
                .withJitter(0.1);

        assertThat(policy).isEqualTo(new RetryPolicy(2, Duration.ofMillis(200), 3.0, Duration.ofSeconds(1), 0.1));
    }

    @Test
    void invalidSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRetries must not be negative, was -1");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withInitialBackoff(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialBackoff must be zero or positive, was PT-1S");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxBackoff(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBackoff must be zero or positive, was null");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMultiplier(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("multiplier must be at least 1, was 0.5");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMultiplier(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("multiplier must be at least 1, was NaN");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withJitter(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jitter must be between 0 and 1, was 1.5");
    }
}
