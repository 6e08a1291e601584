package io.github.hetznerimages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks labels against the API's rules before they are sent, so that a bad label fails with a clear message here
 * instead of a generic {@code invalid_input} from the API.
 *
 * <ul>
 *   <li>Key: {@code [prefix/]name}; the name is 1 to 63 characters, starts and ends with a letter or digit, and has
 *       letters, digits, {@code -}, {@code _} or {@code .} between; the optional prefix is a DNS subdomain of at
 *       most 253 characters; the prefix {@code hetzner.cloud/} is reserved.
 *   <li>Value: empty, or 1 to 63 characters by the same rule as a key name.
 * </ul>
 */
public final class Labels {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]([-_.a-zA-Z0-9]{0,61}[a-zA-Z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final int PREFIX_MAX = 253;
    private static final String RESERVED_PREFIX = "hetzner.cloud";

    private Labels() {}

    /**
     * Checks every key and value and returns an immutable copy that keeps the order.
     *
     * @throws IllegalArgumentException naming the first key or value that breaks a rule
     */
    public static Map<String, String> validate(Map<String, String> labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        labels.forEach((key, value) -> {
            validateKey(key);
            validateValue(key, value);
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Checks one label key.
     *
     * @throws IllegalArgumentException when the key breaks a rule, e.g. {@code label key 'x y' is invalid: ...}
     */
    public static String validateKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("label key must not be null");
        }
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            if (prefix.equals(RESERVED_PREFIX)) {
                throw invalidKey(key, "the prefix 'hetzner.cloud/' is reserved");
            }
            if (!isDnsSubdomain(prefix)) {
                throw invalidKey(key, "the prefix must be a DNS subdomain of at most 253 characters");
            }
        }
        if (!NAME.matcher(name).matches()) {
            throw invalidKey(
                    key,
                    "the name must have 1 to 63 characters, start and end with a letter or digit, and contain only"
                            + " letters, digits, '-', '_' or '.'");
        }
        return key;
    }

    /**
     * Checks one label value.
     *
     * @throws IllegalArgumentException when the value breaks a rule
     */
    public static String validateValue(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("label value of '" + key + "' must not be null (use \"\" for none)");
        }
        if (!value.isEmpty() && !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("label value '" + value + "' of key '" + key
                    + "' is invalid: it must be empty or have 1 to 63 characters, start and end with a letter or"
                    + " digit, and contain only letters, digits, '-', '_' or '.'");
        }
        return value;
    }

    private static boolean isDnsSubdomain(String prefix) {
        if (prefix.isEmpty() || prefix.length() > PREFIX_MAX) {
            return false;
        }
        for (String part : prefix.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalidKey(String key, String rule) {
        return new IllegalArgumentException("label key '" + key + "' is invalid: " + rule);
    }
}
