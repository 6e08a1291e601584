package io.github.hetznerimages.test.junit;

import io.github.hetznerimages.test.HetznerImagesFake;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link HetznerImagesFake} for a plain JUnit 5 test class: started before the class's tests, reset before each
 * test, stopped after the class; {@code @Nested} classes share it. Test methods, {@code @BeforeEach} methods and constructors get it as a parameter.
 *
 * <pre>{@code
 * @ExtendWith(HetznerImagesFakeExtension.class)
 * class MyTest {
 *     @Test
 *     void listsSnapshots(HetznerImagesFake hetzner) { ... hetzner.baseUrl() ... }
 * }
 * }</pre>
 *
 * Or, to change its settings, {@code @RegisterExtension static final HetznerImagesFakeExtension hetzner =
 * new HetznerImagesFakeExtension(builder -> builder.emptyProject());} and {@code hetzner.fake()}.
 */
public final class HetznerImagesFakeExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(HetznerImagesFakeExtension.class);

    private final UnaryOperator<HetznerImagesFake.Builder> settings;
    private HetznerImagesFake fake;

    /** A fake with the default settings and project. */
    public HetznerImagesFakeExtension() {
        this(UnaryOperator.identity());
    }

    /** A fake with settings of the test's choice, e.g. {@code builder -> builder.emptyProject()}. */
    public HetznerImagesFakeExtension(UnaryOperator<HetznerImagesFake.Builder> settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The running fake, for a static {@code @RegisterExtension} field.
     *
     * @throws IllegalStateException before the test class started it
     */
    public HetznerImagesFake fake() {
        if (fake == null) {
            throw new IllegalStateException("the fake starts before the test class; register the extension as a static"
                    + " field with @RegisterExtension");
        }
        return fake;
    }

    /** Starts the fake, unless this is a nested class of a class that has one: it shares that one. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (current(context) != null) {
            return;
        }
        fake = settings.apply(HetznerImagesFake.builder()).start();
        context.getStore(NAMESPACE).put(HetznerImagesFake.class, fake);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        current(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == HetznerImagesFake.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return current(extensionContext);
    }

    private static HetznerImagesFake current(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(HetznerImagesFake.class, HetznerImagesFake.class);
    }
}
