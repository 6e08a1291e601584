package io.github.hetznerimages.test.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.test.FakeFault;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.FakeRequest;
import io.github.hetznerimages.test.FakeRoute;
import io.github.hetznerimages.test.HetznerImagesFake;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The annotation: the client points at the injected fake, over the test's own properties, reset per test. */
@SpringBootTest(properties = {"hetzner.base-url=https://api.example.test/v1", "hetzner.actions.timeout=7s"})
@AutoConfigureHetznerImagesFake
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureHetznerImagesFakeTest {

    @Autowired
    HetznerImagesFake fake;

    @Autowired
    ImagesService images;

    @Autowired
    Environment environment;

    @Test
    @Order(1)
    void theClientTalksToTheFakeWhateverTheTestConfigured() {
        assertThat(environment.getProperty("hetzner.base-url")).isEqualTo(fake.baseUrl());
        assertThat(environment.getProperty("hetzner.token")).isEqualTo(fake.token());
        assertThat(images.retrieve(302000001L).description()).isEqualTo("web-1 daily 2026-11-18");

        fake.add(FakeImage.snapshot(1));
        fake.assertSentCount(1);
    }

    @Test
    @Order(2)
    void eachTestMethodStartsFromTheResetFake() {
        fake.assertNothingSent();
        assertThat(fake.imageIds()).hasSize(14).doesNotContain(1L);
    }

    @Test
    void fastWaitsApplyUnlessTheTestSetsItsOwn() {
        assertThat(environment.getProperty("hetzner.actions.poll-interval")).isEqualTo("1ms");
        assertThat(environment.getProperty("hetzner.actions.timeout")).isEqualTo("7s");
    }

    @Test
    void plannedFaultsReachTheApplicationThroughTheClient() {
        fake.failNext(FakeRoute.LIST_IMAGES, 1, FakeFault.unavailable())
                .failNext(FakeRoute.GET_IMAGE, 1, FakeFault.undecodable());

        assertThat(images.list().items()).as("retried after the 503").hasSize(13);
        assertThatThrownBy(() -> images.retrieve(302000001L)).isInstanceOf(TransporterException.class);
        assertThat(fake.requests()).extracting(FakeRequest::status).containsExactly(503, 200, 200);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {}
}
