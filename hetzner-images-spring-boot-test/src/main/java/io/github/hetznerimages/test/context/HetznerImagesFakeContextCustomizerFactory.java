package io.github.hetznerimages.test.context;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureHetznerImagesFake} on a test class (or an enclosing one) and, when present, adds the
 * customizer that starts the fake. Registered in {@code META-INF/spring.factories}.
 */
class HetznerImagesFakeContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureHetznerImagesFake annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureHetznerImagesFake.class);
        return annotation == null ? null : new HetznerImagesFakeContextCustomizer(annotation.defaultProject());
    }
}
