package io.github.hetznerimages.autoconfigure;

import java.util.List;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Reflection hints for a GraalVM native image: every record, enum and {@code ApiValue} of the library's model
 * packages, which the private Jackson mapper reads and writes (records, their components, and the values'
 * {@code @JsonCreator} / {@code @JsonValue} methods). Registered in {@code META-INF/spring/aot.factories}; Spring runs it during AOT
 * processing on the JVM, so the packages are scanned at build time, and a new wire model is covered without a list
 * to maintain.
 */
class HetznerRuntimeHints implements RuntimeHintsRegistrar {

    /** The packages whose records and enums may pass through JSON. */
    static final List<String> MODEL_PACKAGES =
            List.of("io.github.hetznerimages", "io.github.hetznerimages.images", "io.github.hetznerimages.error");

    private static final String API_VALUE = "io.github.hetznerimages.ApiValue";

    private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        ClassLoader loader = classLoader != null ? classLoader : HetznerRuntimeHints.class.getClassLoader();
        bindingHints.registerReflectionHints(
                hints.reflection(), modelTypes(loader).toArray(Class<?>[]::new));
    }

    /** Every record, enum and {@code ApiValue}, top-level or nested, of the {@link #MODEL_PACKAGES} (not below them). */
    static List<Class<?>> modelTypes(ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter((reader, factory) -> {
            String superClass = reader.getClassMetadata().getSuperClassName();
            return "java.lang.Record".equals(superClass)
                    || "java.lang.Enum".equals(superClass)
                    || API_VALUE.equals(superClass);
        });
        return MODEL_PACKAGES.stream()
                .flatMap(pkg -> scanner.findCandidateComponents(pkg).stream())
                .filter(definition -> MODEL_PACKAGES.contains(ClassUtils.getPackageName(definition.getBeanClassName())))
                .distinct()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), loader))
                .toList();
    }
}
