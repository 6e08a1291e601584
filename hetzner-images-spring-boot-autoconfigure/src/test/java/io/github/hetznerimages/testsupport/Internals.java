package io.github.hetznerimages.testsupport;

import java.lang.reflect.Method;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reaches the library's package-private internals from tests in other packages, by name: the wire mapper and the
 * wire envelopes, which are not part of the public API.
 */
public final class Internals {

    private Internals() {}

    /** The client's private wire mapper ({@code client.HetznerJson.mapper()}). */
    public static JsonMapper wireMapper() {
        try {
            Method mapper = type("io.github.hetznerimages.client.HetznerJson").getDeclaredMethod("mapper");
            mapper.setAccessible(true);
            return (JsonMapper) mapper.invoke(null);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("the wire mapper is not reachable", ex);
        }
    }

    /** A library type by its fully qualified name. */
    public static Class<?> type(String name) {
        return ClassUtils.resolveClassName(name, Internals.class.getClassLoader());
    }
}
