package io.github.hetznerimages.autoconfigure;

import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.stubImage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.observation.DefaultHetznerObservationConvention;
import io.github.hetznerimages.images.observation.HetznerObservationContext;
import io.github.hetznerimages.images.observation.HetznerObservationConvention;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The services' observations in an application: the registry bean, a convention bean, nested HTTP observations. */
class HetznerOperationObservationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withConfiguration(AutoConfigurations.of(RestClientObservationAutoConfiguration.class))
            .withBean(ObservationRegistry.class, () -> registry)
            .withPropertyValues(
                    "hetzner.token=" + HetznerApiExtension.TOKEN,
                    "hetzner.base-url=" + api.baseUrl(),
                    "hetzner.retry.enabled=false");

    @Test
    void eachServiceCallIsAnObservationWhoseHttpRequestIsItsChild() {
        contextRunner.run(context -> {
            stubImage(api.server(), "/images/42");

            retrieveImage42(context);

            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsEqualTo(2)
                    .hasObservationWithNameEqualTo(DefaultHetznerObservationConvention.NAME)
                    .that()
                    .hasContextualNameEqualTo("retrieve_image")
                    .hasLowCardinalityKeyValue("operation", "retrieve_image")
                    .hasLowCardinalityKeyValue("outcome", "success")
                    .hasLowCardinalityKeyValue("error.code", "none")
                    .doesNotHaveParentObservation();
            TestObservationRegistryAssert.assertThat(registry)
                    .hasObservationWithNameEqualTo("http.client.requests")
                    .that()
                    .hasLowCardinalityKeyValue("uri", "/images/{id}")
                    .hasParentObservationContextMatching(
                            parent -> parent instanceof HetznerObservationContext operation
                                    && operation.operation().equals("retrieve_image"),
                            "the retrieve_image observation");
        });
    }

    @Test
    void aConventionBeanReplacesTheDefaultNameAndTags() {
        contextRunner
                .withBean(HetznerObservationConvention.class, () -> new HetznerObservationConvention() {
                    @Override
                    public String getName() {
                        return "cloud.calls";
                    }

                    @Override
                    public KeyValues getLowCardinalityKeyValues(HetznerObservationContext context) {
                        return KeyValues.of("call", context.operation());
                    }
                })
                .run(context -> {
                    stubImage(api.server(), "/images/42");

                    retrieveImage42(context);

                    TestObservationRegistryAssert.assertThat(registry)
                            .hasNumberOfObservationsWithNameEqualTo(DefaultHetznerObservationConvention.NAME, 0)
                            .hasObservationWithNameEqualTo("cloud.calls")
                            .that()
                            .hasLowCardinalityKeyValue("call", "retrieve_image")
                            .doesNotHaveLowCardinalityKeyValueWithKey("outcome");
                });
    }

    @Test
    void aConventionBeanExtendingTheDefaultAddsTags() {
        contextRunner
                .withBean(HetznerObservationConvention.class, () -> new DefaultHetznerObservationConvention() {
                    @Override
                    public KeyValues getLowCardinalityKeyValues(HetznerObservationContext context) {
                        return super.getLowCardinalityKeyValues(context).and("team", "platform");
                    }
                })
                .run(context -> {
                    stubImage(api.server(), "/images/42");

                    retrieveImage42(context);

                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo(DefaultHetznerObservationConvention.NAME)
                            .that()
                            .hasLowCardinalityKeyValue("operation", "retrieve_image")
                            .hasLowCardinalityKeyValue("team", "platform");
                });
    }

    @Test
    void withoutAnObservationRegistryTheServicesWorkUnobserved() {
        new ApplicationContextRunner()
                .withConfiguration(HTTP_AND_HETZNER)
                .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN, "hetzner.base-url=" + api.baseUrl())
                .run(context -> {
                    stubImage(api.server(), "/images/42");

                    assertThat(retrieveImage42(context).id()).isEqualTo(42);
                    assertThat(context).doesNotHaveBean(ObservationRegistry.class);
                });
    }
}
