package io.github.hetznerimages.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's private Jackson 3 mapper for the API's wire format: snake_case names, unknown properties ignored
 * (the API grows), {@code null} fields left out of request bodies. It is separate from the application's
 * {@code JsonMapper}, so that {@code spring.jackson.*} settings can never change how the client reads or writes
 * the API.
 */
final class HetznerJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .changeDefaultPropertyInclusion(value -> value.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private HetznerJson() {}

    /** The shared, immutable, thread-safe mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
