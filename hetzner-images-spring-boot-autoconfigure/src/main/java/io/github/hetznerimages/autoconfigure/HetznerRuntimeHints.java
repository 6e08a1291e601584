package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.actions.Action;
import io.github.hetznerimages.actions.ActionEnvelope;
import io.github.hetznerimages.actions.ActionStatus;
import io.github.hetznerimages.client.ListMeta;
import io.github.hetznerimages.client.Pagination;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageEnvelope;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.OsFlavor;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * Reflection hints for a GraalVM native image: the wire models that the private Jackson mapper reads and writes
 * (records, their components and the enums' {@code @JsonCreator}/{@code @JsonValue} methods). The list is fixed,
 * because scanning packages does not work in a native image; a test fails when a new record is missing from it.
 * Registered in {@code META-INF/spring/aot.factories}.
 */
class HetznerRuntimeHints implements RuntimeHintsRegistrar {

    /** The public wire models. */
    static final List<Class<?>> WIRE_TYPES = List.of(
            Image.class,
            Image.CreatedFrom.class,
            Image.Protection.class,
            ImageEnvelope.class,
            ImageType.class,
            ImageStatus.class,
            Architecture.class,
            OsFlavor.class,
            Action.class,
            Action.Resource.class,
            Action.Error.class,
            ActionEnvelope.class,
            ActionStatus.class,
            ErrorDetails.class,
            ErrorDetails.FieldError.class,
            Pagination.class,
            ListMeta.class);

    /** The wire models that are internal to the {@code client} package: the API's error envelope. */
    static final List<String> INTERNAL_WIRE_TYPES = List.of(
            "io.github.hetznerimages.client.ResponseReader$ErrorEnvelope",
            "io.github.hetznerimages.client.ResponseReader$ErrorEnvelope$Body",
            "io.github.hetznerimages.client.ResponseReader$ErrorEnvelope$Details",
            "io.github.hetznerimages.client.ResponseReader$ErrorEnvelope$Field",
            "io.github.hetznerimages.client.ResponseReader$ErrorEnvelope$Named");

    private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        ClassLoader loader = classLoader != null ? classLoader : HetznerRuntimeHints.class.getClassLoader();
        Class<?>[] types = Stream.concat(
                        WIRE_TYPES.stream(),
                        INTERNAL_WIRE_TYPES.stream().map(name -> ClassUtils.resolveClassName(name, loader)))
                .toArray(Class<?>[]::new);
        bindingHints.registerReflectionHints(hints.reflection(), types);
    }
}
