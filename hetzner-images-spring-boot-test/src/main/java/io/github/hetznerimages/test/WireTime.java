package io.github.hetznerimages.test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as the Hetzner API writes them: RFC 3339, whole seconds, offset {@code +00:00}. */
final class WireTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private WireTime() {}

    static String format(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .format(FORMAT);
    }

    static Instant parse(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
