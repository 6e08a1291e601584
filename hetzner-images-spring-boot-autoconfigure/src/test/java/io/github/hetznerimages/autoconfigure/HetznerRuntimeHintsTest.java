package io.github.hetznerimages.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.ApiValue;
import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

/** The native-image hints cover the wire models, including nested and package-private ones. */
class HetznerRuntimeHintsTest {

    private final RuntimeHints hints = registeredHints();

    @Test
    void isRegisteredInAotFactories() {
        List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader.forResourceLocation(
                        "META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class);
        assertThat(registrars).hasAtLeastOneElementOfType(HetznerRuntimeHints.class);
    }

    @Test
    void recordsCanBeConstructedAndReadByReflection() {
        for (Class<?> type : List.of(
                Image.class,
                Image.Protection.class,
                Action.class,
                Action.Resource.class,
                CreatedImage.class,
                Page.class,
                ErrorDetails.FieldError.class,
                Pagination.class)) {
            assertThat(RuntimeHintsPredicates.reflection().onType(type))
                    .as(type.getName())
                    .accepts(hints);
        }
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Image.class, "osFlavor"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Action.Resource.class, "type"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection()
                        .onMethodInvocation(
                                ClassUtils.resolveClassName(
                                        "io.github.hetznerimages.images.ListMeta",
                                        getClass().getClassLoader()),
                                "pagination"))
                .accepts(hints);
    }

    @Test
    void enumsCanBeReadAndWrittenThroughTheirJacksonMethods() {
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ImageType.class, "of"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ImageType.class, "value"))
                .accepts(hints);
    }

    @Test
    void packagePrivateAndNestedWireTypesAreFound() {
        for (String name : List.of(
                "io.github.hetznerimages.images.ImageListEnvelope",
                "io.github.hetznerimages.images.ImageEnvelope",
                "io.github.hetznerimages.images.ImageUpdateBody",
                "io.github.hetznerimages.images.ActionListEnvelope")) {
            Class<?> type = ClassUtils.resolveClassName(name, getClass().getClassLoader());
            assertThat(RuntimeHintsPredicates.reflection().onType(type))
                    .as(name)
                    .accepts(hints);
        }
    }

    @Test
    void classesThatAreNeitherRecordsNorEnumsNorApiValuesGetNoHints() {
        assertThat(RuntimeHintsPredicates.reflection().onType(HetznerImagesAutoConfiguration.class))
                .rejects(hints);
        assertThat(HetznerRuntimeHints.modelTypes(getClass().getClassLoader()))
                .allMatch(type -> type.isRecord() || type.isEnum() || ApiValue.class.isAssignableFrom(type))
                .contains(ImageType.class, ActionStatus.class, Page.class)
                .doesNotContain(HetznerProperties.class);
    }

    private static RuntimeHints registeredHints() {
        RuntimeHints hints = new RuntimeHints();
        new HetznerRuntimeHints().registerHints(hints, HetznerRuntimeHintsTest.class.getClassLoader());
        return hints;
    }
}
