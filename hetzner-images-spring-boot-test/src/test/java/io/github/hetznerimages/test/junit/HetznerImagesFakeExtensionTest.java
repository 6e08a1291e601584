package io.github.hetznerimages.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.HetznerImagesFake;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: one fake per class, handed to tests as a parameter, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HetznerImagesFakeExtensionTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension hetzner = new HetznerImagesFakeExtension(builder -> builder.emptyProject());

    @Test
    @Order(1)
    void theFakeIsRunningAndStartsAsConfigured(HetznerImagesFake fake) {
        assertThat(fake).isSameAs(hetzner.fake());
        assertThat(fake.isRunning()).isTrue();
        assertThat(fake.imageIds()).isEmpty();

        fake.add(FakeImage.snapshot(1));
    }

    @Test
    @Order(2)
    void eachTestStartsFromTheResetFake(HetznerImagesFake fake) {
        assertThat(fake.imageIds()).as("the image the first test added is gone").isEmpty();
    }

    @Test
    void beforeTheClassStartsItTheFakeIsNotThere() {
        assertThatThrownBy(() -> new HetznerImagesFakeExtension().fake())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }

    @org.junit.jupiter.api.Nested
    class Nested {

        @Test
        void nestedClassesShareTheFake(HetznerImagesFake fake) {
            assertThat(fake).isSameAs(hetzner.fake());
        }
    }
}
