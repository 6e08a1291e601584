package io.github.hetznerimages.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The structured {@code details} of an API error. The API's shape depends on the code: {@code invalid_input}
 * and {@code uniqueness_error} name fields, {@code resource_limit_exceeded} names limits, and
 * {@code deprecated_api_endpoint} links an announcement. Shapes not known here stay readable in {@link #raw()}.
 *
 * @param fields the fields named by the error, each with its messages (empty when none)
 * @param limits the names of the limits that were reached (empty when none)
 * @param announcement the changelog link of a removed endpoint, or {@code null}
 * @param raw every key of {@code details} as decoded JSON (empty when the API sent none)
 */
public record ErrorDetails(
        List<FieldError> fields,
        List<String> limits,
        @Nullable String announcement,
        Map<String, Object> raw) {

    /** Details of an error that carried none. */
    public static final ErrorDetails NONE = new ErrorDetails(List.of(), List.of(), null, Map.of());

    /** Copies the lists so that the details stay immutable. */
    public ErrorDetails {
        fields = fields == null ? List.of() : List.copyOf(fields);
        limits = limits == null ? List.of() : List.copyOf(limits);
        raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** The messages the API gave for one field, empty when it named no such field. */
    public List<String> messagesFor(String fieldName) {
        return fields.stream()
                .filter(field -> field.name().equals(fieldName))
                .flatMap(field -> field.messages().stream())
                .toList();
    }

    /**
     * One field named by an {@code invalid_input} or {@code uniqueness_error} answer.
     *
     * @param name the field's name as the API spells it
     * @param messages what is wrong with it (empty for {@code uniqueness_error})
     */
    public record FieldError(String name, List<String> messages) {

        /** Copies the messages so that the field error stays immutable. */
        public FieldError {
            messages = messages == null ? List.of() : List.copyOf(messages);
        }
    }
}
