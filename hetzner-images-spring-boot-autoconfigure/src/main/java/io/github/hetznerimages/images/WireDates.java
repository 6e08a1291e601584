package io.github.hetznerimages.images;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * Reads the API's timestamps ({@code 2016-01-30T23:55:00+00:00}, RFC 3339) without {@code DateTimeFormatter}:
 * the fixed layout is read digit by digit, which in a fresh JVM costs a small part of the formatter's work. The
 * result is what Jackson gives with its defaults (the same instant at offset UTC); a text in any other layout, or a
 * mapper set up otherwise, goes to Jackson's own {@code OffsetDateTime} deserializer.
 */
final class WireDates {

    private WireDates() {}

    /** The timestamp at the parser's current token ({@code value}), {@code null} for JSON {@code null}. */
    static @Nullable OffsetDateTime read(JsonParser parser, DeserializationContext context, JsonToken value)
            throws JacksonException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_STRING
                && context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                && context.getTimeZone().getRawOffset() == 0
                && "UTC".equals(context.getTimeZone().getID())) {
            OffsetDateTime parsed = parse(parser.getString());
            if (parsed != null) {
                return parsed;
            }
        }
        return context.readValue(parser, OffsetDateTime.class);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} at offset UTC, or {@code null} when {@code text} has another
     * layout or is no valid date.
     */
    static @Nullable OffsetDateTime parse(String text) {
        int length = text.length();
        if (length < 20
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.charAt(10) != 'T')
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int index = 19;
        int nanos = 0;
        if (text.charAt(index) == '.') {
            int start = ++index;
            while (index < length && isDigit(text.charAt(index))) {
                index++;
            }
            int count = index - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = digits(text, start, count);
            for (int scale = count; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, index);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0 || offset == null) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
            return offset.equals(ZoneOffset.UTC) ? parsed : parsed.withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static @Nullable ZoneOffset offset(String text, int index) {
        int length = text.length();
        if (index == length - 1 && (text.charAt(index) == 'Z' || text.charAt(index) == 'z')) {
            return ZoneOffset.UTC;
        }
        if (index != length - 6 || text.charAt(index + 3) != ':') {
            return null;
        }
        char sign = text.charAt(index);
        int hours = digits(text, index + 1, 2);
        int minutes = digits(text, index + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        try {
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The number written by {@code count} digits from {@code start}, or {@code -1} if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int number = 0;
        for (int index = start; index < start + count; index++) {
            char digit = text.charAt(index);
            if (!isDigit(digit)) {
                return -1;
            }
            number = number * 10 + (digit - '0');
        }
        return number;
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
