package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Builds the {@code User-Agent} the client sends: {@code [app-name ]hetzner-images-spring-boot/<version>}. */
public final class UserAgent {

    /** The product token of this library, without the version. */
    public static final String PRODUCT = "hetzner-images-spring-boot";

    private static final String VERSION = readVersion();

    private UserAgent() {}

    /** The library's version, as built. */
    public static String version() {
        return VERSION;
    }

    /** The header value, prefixed with {@code applicationName} when it is set. */
    public static String of(String applicationName) {
        String library = PRODUCT + "/" + VERSION;
        return applicationName == null || applicationName.isBlank() ? library : applicationName.strip() + " " + library;
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
