package io.github.hetznerimages.test.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.test.HetznerImagesFake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with {@code @ExtendWith}: default settings and project, the fake as a constructor parameter. */
@ExtendWith(HetznerImagesFakeExtension.class)
class HetznerImagesFakeExtendWithTest {

    private final HetznerImagesFake fake;

    HetznerImagesFakeExtendWithTest(HetznerImagesFake fake) {
        this.fake = fake;
    }

    @Test
    void theConstructorGetsTheRunningFakeWithTheDefaultProject() {
        assertThat(fake.isRunning()).isTrue();
        assertThat(fake.imageIds()).hasSize(14);
    }
}
