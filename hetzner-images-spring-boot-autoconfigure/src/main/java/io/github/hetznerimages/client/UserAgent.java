package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Builds the {@code User-Agent} the client sends: {@code [app-name ]hetzner-images-spring-boot/<version>}, so that
 * Hetzner (and the user's own proxies) can tell which application and library version made a request.
 */
final class UserAgent {

    /** The product token of this library, without the version. */
    public static final String PRODUCT = "hetzner-images-spring-boot";

    private static final String VERSION = readVersion();

    private UserAgent() {}

    /** The library's version, as built. */
    public static String version() {
        return VERSION;
    }

    /**
     * The header value, prefixed with {@code applicationName} when it is set. Characters a header cannot carry
     * (line breaks, other control or non-ASCII characters) become {@code _}, so no name can break the request.
     */
    public static String of(String applicationName) {
        String library = PRODUCT + "/" + VERSION;
        if (applicationName == null || applicationName.isBlank()) {
            return library;
        }
        StringBuilder name = new StringBuilder();
        for (char c : applicationName.strip().toCharArray()) {
            name.append(c >= 0x20 && c < 0x7f ? c : '_');
        }
        return name + " " + library;
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
