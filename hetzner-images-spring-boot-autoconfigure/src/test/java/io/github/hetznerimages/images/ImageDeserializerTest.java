package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token-by-token {@link ImageDeserializer} gives exactly what Jackson's record binding gives, for the API's
 * shapes and for the odd ones: same image, or a Jackson exception from both.
 */
class ImageDeserializerTest {

    /** Turns the custom deserializer off, so that the plain record binding reads the image. */
    @JsonDeserialize(using = ValueDeserializer.None.class)
    abstract static class RecordBinding {}

    // the library's wire settings (HetznerJson)
    private static final JsonMapper FAST = settings().build();
    private static final JsonMapper PLAIN =
            settings().addMixIn(Image.class, RecordBinding.class).build();

    private static JsonMapper.Builder settings() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    static List<String> images() {
        return List.of(
                // the API's example, every field
                """
                {"id":42,"type":"snapshot","status":"available","name":null,"description":"Ubuntu 20.04 Standard 64 bit",
                 "image_size":2.3,"disk_size":10,"created":"2016-01-30T23:55:00+00:00",
                 "created_from":{"id":1,"name":"Server"},"bound_to":null,"os_flavor":"ubuntu","os_version":"20.04",
                 "rapid_deploy":false,"protection":{"delete":false},"deprecated":"2018-02-28T00:00:00+00:00",
                 "deleted":null,"labels":{"env":"prod","tier":""},"architecture":"x86"}""",
                // other offsets and fractions, values the library does not know, fields it does not know
                """
                {"id":7,"type":"temporary","status":"migrating","created":"2026-07-08T10:00:00.123456+02:00",
                 "deprecated":"2026-07-08T10:00:00Z","os_flavor":"arch","architecture":"riscv","rapid_deploy":true,
                 "protection":{"delete":true,"rebuild":true},"created_from":{"id":9,"name":"web","extra":[1,{"a":2}]},
                 "bound_to":12,"future":{"nested":[{"deep":true}]},"image_size":null,"deleted":"2026-07-09T00:00:00+00:00"}""",
                // next to nothing
                "{\"id\":1}",
                "{}",
                "{\"id\":null,\"labels\":null,\"created_from\":null,\"protection\":null}",
                // shapes the API does not send, which Jackson coerces or refuses
                "{\"id\":\"42\",\"image_size\":\"2.5\",\"disk_size\":10,\"rapid_deploy\":\"true\"}",
                "{\"id\":1,\"created\":\"2016-01-30 23:55:00\"}",
                "{\"id\":1,\"created\":\"2016-02-30T23:55:00+00:00\"}",
                "{\"id\":1,\"created\":\"2016-01-30T23:55:00.1234567891+00:00\"}",
                "{\"id\":1,\"created\":\"2016-01-30T23:55:00-03:30\"}",
                "{\"id\":1,\"created\":1454198100}",
                "{\"id\":1,\"labels\":{\"a\":null}}",
                "{\"id\":1,\"labels\":{\"n\":5}}",
                "{\"id\":true}",
                "{\"id\":1.5}",
                "{\"id\":1,\"created_from\":\"server\"}",
                "{\"id\":1,\"protection\":[]}",
                "{\"id\":1,\"type\":7}",
                "[]");
    }

    @ParameterizedTest
    @MethodSource("images")
    void readsWhatTheRecordBindingReads(String json) {
        Object plain = outcome(PLAIN, json);
        Object fast = outcome(FAST, json);

        if (plain instanceof JacksonException) {
            assertThat(fast).as("refused by both").isInstanceOf(JacksonException.class);
        } else {
            assertThat(fast).isEqualTo(plain);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-01-30T23:55:00+00:00",
                "2016-01-30T23:55:00Z",
                "2016-01-30T23:55:00.5+01:00",
                "2016-01-31T01:55:00.000000001+02:00",
                "1999-12-31T23:59:59-11:45"
            })
    void readsTimestampsAsTheSameInstantAtUtc(String text) {
        OffsetDateTime parsed = WireDates.parse(text);

        assertThat(parsed).isNotNull();
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(parsed.toInstant()).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-01-30",
                "2016-01-30T23:55:00",
                "2016-01-30T23:55+00:00",
                "2016-13-30T23:55:00+00:00",
                "2016-01-30T23:55:00+0000",
                "2016-01-30T23:55:00.+00:00",
                "2016-01-30T23:55:00+19:00",
                "x016-01-30T23:55:00+00:00"
            })
    void leavesOtherLayoutsToJackson(String text) {
        assertThat(WireDates.parse(text)).isNull();
    }

    private static Object outcome(JsonMapper mapper, String json) {
        Throwable failure = catchThrowable(() -> mapper.readValue(json, Image.class));
        return failure != null ? failure : mapper.readValue(json, Image.class);
    }
}
