package io.github.hetznerimages.images;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an {@link Image} straight from the parser's tokens. It gives what Jackson's record binding gives (a test
 * compares the two on every field) with a fraction of its work, which matters where users feel it: a fresh JVM
 * decodes the first pages of a list before the JIT has compiled anything, and there the generic binding (creator
 * arguments buffered, constructor called through method handles, dates through {@code DateTimeFormatter}) costs
 * several times more. Unknown fields are skipped, and any value not in its usual shape (a number as a string, a
 * date in another format) goes to Jackson's own deserializer for its type, so coercions and errors stay Jackson's.
 */
final class ImageDeserializer extends ValueDeserializer<Image> {

    @Override
    public Image deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        }
        if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
            return (Image) context.handleUnexpectedToken(Image.class, parser);
        }
        long id = 0;
        ImageType type = null;
        ImageStatus status = null;
        String name = null;
        String description = null;
        Double imageSize = null;
        Double diskSize = null;
        OffsetDateTime created = null;
        Image.CreatedFrom createdFrom = null;
        Long boundTo = null;
        OsFlavor osFlavor = null;
        String osVersion = null;
        Boolean rapidDeploy = null;
        Image.Protection protection = null;
        OffsetDateTime deprecated = null;
        String deleted = null;
        Map<String, String> labels = null;
        Architecture architecture = null;
        for (; token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = value == JsonToken.VALUE_NULL ? 0 : longValue(parser, context, value);
                case "type" -> type = apiValue(parser, context, value, ImageType.class, ImageType::of);
                case "status" -> status = apiValue(parser, context, value, ImageStatus.class, ImageStatus::of);
                case "name" -> name = string(parser, context, value);
                case "description" -> description = string(parser, context, value);
                case "image_size" -> imageSize = doubleValue(parser, context, value);
                case "disk_size" -> diskSize = doubleValue(parser, context, value);
                case "created" -> created = WireDates.read(parser, context, value);
                case "created_from" -> createdFrom = createdFrom(parser, context, value);
                case "bound_to" -> boundTo = value == JsonToken.VALUE_NULL ? null : longValue(parser, context, value);
                case "os_flavor" -> osFlavor = apiValue(parser, context, value, OsFlavor.class, OsFlavor::of);
                case "os_version" -> osVersion = string(parser, context, value);
                case "rapid_deploy" -> rapidDeploy = booleanValue(parser, context, value);
                case "protection" -> protection = protection(parser, context, value);
                case "deprecated" -> deprecated = WireDates.read(parser, context, value);
                case "deleted" -> deleted = string(parser, context, value);
                case "labels" -> labels = labels(parser, context, value);
                case "architecture" ->
                    architecture = apiValue(parser, context, value, Architecture.class, Architecture::of);
                default -> parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            return (Image) context.handleUnexpectedToken(Image.class, parser);
        }
        return new Image(
                id,
                type,
                status,
                name,
                description,
                imageSize,
                diskSize,
                created,
                createdFrom,
                boundTo,
                osFlavor,
                osVersion,
                rapidDeploy,
                protection,
                deprecated,
                deleted,
                labels,
                architecture);
    }

    private static long longValue(JsonParser parser, DeserializationContext context, JsonToken value) {
        return value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : context.readValue(parser, Long.TYPE);
    }

    private static @Nullable Double doubleValue(JsonParser parser, DeserializationContext context, JsonToken value) {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_FLOAT, VALUE_NUMBER_INT -> parser.getDoubleValue();
            default -> context.readValue(parser, Double.class);
        };
    }

    private static @Nullable Boolean booleanValue(JsonParser parser, DeserializationContext context, JsonToken value) {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> context.readValue(parser, Boolean.class);
        };
    }

    private static @Nullable String string(JsonParser parser, DeserializationContext context, JsonToken value) {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getString();
            default -> context.readValue(parser, String.class);
        };
    }

    private static <T> @Nullable T apiValue(
            JsonParser parser, DeserializationContext context, JsonToken value, Class<T> type, Function<String, T> of) {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> of.apply(parser.getString());
            default -> context.readValue(parser, type);
        };
    }

    private static Image.@Nullable CreatedFrom createdFrom(
            JsonParser parser, DeserializationContext context, JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            return value == JsonToken.VALUE_NULL ? null : context.readValue(parser, Image.CreatedFrom.class);
        }
        long id = 0;
        String name = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken fieldValue = parser.nextToken();
            switch (field) {
                case "id" -> id = fieldValue == JsonToken.VALUE_NULL ? 0 : longValue(parser, context, fieldValue);
                case "name" -> name = string(parser, context, fieldValue);
                default -> parser.skipChildren();
            }
        }
        return new Image.CreatedFrom(id, name);
    }

    private static Image.@Nullable Protection protection(
            JsonParser parser, DeserializationContext context, JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            return value == JsonToken.VALUE_NULL ? null : context.readValue(parser, Image.Protection.class);
        }
        boolean delete = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken fieldValue = parser.nextToken();
            if (field.equals("delete")) {
                Boolean flag = booleanValue(parser, context, fieldValue);
                delete = flag != null && flag;
            } else {
                parser.skipChildren();
            }
        }
        return new Image.Protection(delete);
    }

    private static @Nullable Map<String, String> labels(
            JsonParser parser, DeserializationContext context, JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            JavaType type = context.getTypeFactory().constructMapType(Map.class, String.class, String.class);
            return context.readValue(parser, type);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken labelValue = parser.nextToken();
            String text =
                    labelValue == JsonToken.VALUE_STRING ? parser.getString() : string(parser, context, labelValue);
            if (text == null) {
                return context.reportInputMismatch(Image.class, "the label '%s' has no value", key);
            }
            labels.put(key, text);
        }
        return labels;
    }
}
