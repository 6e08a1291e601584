package io.github.hetznerimages.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.actions.Action;
import io.github.hetznerimages.client.ListMeta;
import io.github.hetznerimages.client.Pagination;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

/** The native-image hints cover every wire model; scanning happens here, in the test, never at run time. */
class HetznerRuntimeHintsTest {

    /** Packages whose records and enums are all wire models (or parts of them). */
    private static final List<String> WIRE_PACKAGES =
            List.of("io.github.hetznerimages.images", "io.github.hetznerimages.actions");

    /** The error package: its records describe API errors; its enum ({@code ErrorCode}) is mapped by hand. */
    private static final String ERROR_PACKAGE = "io.github.hetznerimages.error";

    /** Records of the client package that never pass through JSON. */
    private static final Set<String> CLIENT_RECORDS_NOT_ON_THE_WIRE = Set.of(
            "io.github.hetznerimages.client.ApiRequest",
            "io.github.hetznerimages.client.PageResult",
            "io.github.hetznerimages.client.RateLimit",
            "io.github.hetznerimages.client.RetryPolicy");

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
        assertThat(RuntimeHintsPredicates.reflection().onType(Image.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Image.class, "osFlavor"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Image.Protection.class, "delete"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Action.Resource.class, "type"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Pagination.class, "nextPage"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ListMeta.class, "pagination"))
                .accepts(hints);
    }

    @Test
    void enumsCanBeReadAndWrittenThroughTheirJacksonMethods() {
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ImageType.class, "fromValue"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ImageType.class, "value"))
                .accepts(hints);
    }

    @Test
    void errorEnvelopeOfTheClientIsCovered() {
        for (String name : HetznerRuntimeHints.INTERNAL_WIRE_TYPES) {
            Class<?> type = ClassUtils.resolveClassName(name, getClass().getClassLoader());
            assertThat(type.isRecord()).as(name).isTrue();
            assertThat(RuntimeHintsPredicates.reflection().onType(type))
                    .as(name)
                    .accepts(hints);
        }
    }

    @Test
    void everyRecordAndEnumOfTheWirePackagesHasHints() {
        Set<String> missing = new TreeSet<>();
        for (String pkg : WIRE_PACKAGES) {
            for (Class<?> type : scan(pkg, candidate -> candidate.isRecord() || candidate.isEnum())) {
                if (!RuntimeHintsPredicates.reflection().onType(type).test(hints)) {
                    missing.add(type.getName());
                }
            }
        }
        for (Class<?> type : scan(ERROR_PACKAGE, Class::isRecord)) {
            if (!RuntimeHintsPredicates.reflection().onType(type).test(hints)) {
                missing.add(type.getName());
            }
        }
        assertThat(missing)
                .as("add these to HetznerRuntimeHints.WIRE_TYPES (or INTERNAL_WIRE_TYPES)")
                .isEmpty();
    }

    @Test
    void everyRecordOfTheClientPackageIsHintedOrKnownNotToBeOnTheWire() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : scan("io.github.hetznerimages.client", Class::isRecord)) {
            if (!CLIENT_RECORDS_NOT_ON_THE_WIRE.contains(type.getName())
                    && !RuntimeHintsPredicates.reflection().onType(type).test(hints)) {
                missing.add(type.getName());
            }
        }
        assertThat(missing)
                .as("add wire records to HetznerRuntimeHints, or other records to CLIENT_RECORDS_NOT_ON_THE_WIRE")
                .isEmpty();
    }

    @Test
    void scanFindsNestedAndPackagePrivateRecords() {
        assertThat(scan("io.github.hetznerimages.images", Class::isRecord))
                .contains(Image.class, Image.CreatedFrom.class);
        assertThat(scan("io.github.hetznerimages.client", Class::isRecord))
                .extracting(Class::getName)
                .contains("io.github.hetznerimages.client.ResponseReader$ErrorEnvelope$Named");
    }

    private static RuntimeHints registeredHints() {
        RuntimeHints hints = new RuntimeHints();
        new HetznerRuntimeHints().registerHints(hints, HetznerRuntimeHintsTest.class.getClassLoader());
        return hints;
    }

    /** Every top-level or static nested class of {@code pkg} (main classes only) that matches. */
    private static List<Class<?>> scan(String pkg, Predicate<Class<?>> filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        return scanner.findCandidateComponents(pkg).stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(
                        definition.getBeanClassName(), HetznerRuntimeHintsTest.class.getClassLoader()))
                .filter(type -> type.getPackageName().equals(pkg))
                .filter(type -> !isTestClass(type))
                .filter(filter)
                .toList();
    }

    private static boolean isTestClass(Class<?> type) {
        String location =
                type.getProtectionDomain().getCodeSource().getLocation().toString();
        return location.contains("test-classes");
    }
}
