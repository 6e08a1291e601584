package io.github.hetznerimages.sample.cli;

import io.github.hetznerimages.ApiValue;
import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.Labels;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.RetentionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.convert.DurationStyle;

/**
 * Turns the job's arguments into an {@link Invocation}. Every mistake is an {@link IllegalArgumentException} with a
 * one-line message that names the argument, so the job can report it before any request is sent.
 *
 * <p>Options take their value as the next argument ({@code --keep 3}) or after {@code =} ({@code --keep=3});
 * {@code --debug} and {@code --help} are accepted anywhere. Without a sub-command the job lists images.
 */
public final class CommandLineParser {

    private static final String DEBUG = "--debug";
    private static final Set<String> HELP = Set.of("--help", "-h");

    private static final Map<String, Map<String, Arity>> OPTIONS = Map.of(
            "images",
            Map.of("--type", Arity.MANY, "--selector", Arity.ONE, "--architecture", Arity.ONE),
            "snapshot",
            Map.of("--server", Arity.ONE, "--label", Arity.MANY, "--description", Arity.ONE),
            "rotate",
            Map.of("--selector", Arity.ONE, "--keep", Arity.ONE, "--max-age", Arity.ONE, "--apply", Arity.FLAG));

    private CommandLineParser() {}

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with a one-line message for unknown commands and options, missing or
     *     malformed values
     */
    public static Invocation parse(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        boolean debug = rest.removeIf(DEBUG::equals);
        if (rest.stream().anyMatch(HELP::contains)) {
            return new Invocation(new HelpCommand(), debug);
        }
        String command = rest.isEmpty() || rest.get(0).startsWith("-") ? "images" : rest.remove(0);
        Map<String, Arity> allowed = OPTIONS.get(command);
        if (allowed == null) {
            throw new IllegalArgumentException(
                    "unknown command '" + command + "'; expected one of images, snapshot, rotate");
        }
        Map<String, List<String>> options = options(command, allowed, rest);
        SampleCommand parsed = switch (command) {
            case "images" -> images(options);
            case "snapshot" -> snapshot(options);
            default -> rotate(options);
        };
        return new Invocation(parsed, debug);
    }

    private static Map<String, List<String>> options(String command, Map<String, Arity> allowed, List<String> args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "' for " + command);
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Arity arity = allowed.get(name);
            if (arity == null) {
                throw new IllegalArgumentException("unknown option '" + name + "' for " + command + "; expected "
                        + allowed.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
            String value;
            if (arity == Arity.FLAG) {
                if (equals >= 0) {
                    throw new IllegalArgumentException(name + " takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
            if (arity != Arity.MANY && !values.isEmpty()) {
                throw new IllegalArgumentException(name + " may be given only once");
            }
            values.add(value);
        }
        return options;
    }

    private static ListImagesCommand images(Map<String, List<String>> options) {
        Set<ImageType> types = new LinkedHashSet<>();
        for (String value : options.getOrDefault("--type", List.of())) {
            for (String type : value.split(",", -1)) {
                types.add(choice("--type", type, ImageType.of(lower(type)), ImageType.known()));
            }
        }
        Optional<Architecture> architecture = optional(options, "--architecture")
                .map(value -> choice("--architecture", value, Architecture.of(lower(value)), Architecture.known()));
        return new ListImagesCommand(
                types, optional(options, "--selector").map(CommandLineParser::selector), architecture);
    }

    private static SnapshotCommand snapshot(Map<String, List<String>> options) {
        String server = optional(options, "--server")
                .orElseThrow(() -> new IllegalArgumentException("snapshot needs --server ID, the server to snapshot"));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : options.getOrDefault("--label", List.of())) {
            int equals = label.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("--label must look like KEY=VALUE, was '" + label + "'");
            }
            String key = label.substring(0, equals);
            if (labels.put(key, label.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("--label '" + key + "' is given twice");
            }
        }
        return new SnapshotCommand(
                positiveId("--server", server), Labels.validate(labels), optional(options, "--description"));
    }

    private static RotateCommand rotate(Map<String, List<String>> options) {
        LabelSelector selector = optional(options, "--selector")
                .map(CommandLineParser::selector)
                .orElseThrow(() -> new IllegalArgumentException(
                        "rotate needs --selector SELECTOR, e.g. --selector backup_type=daily"));
        Optional<String> keep = optional(options, "--keep");
        Optional<String> maxAge = optional(options, "--max-age");
        if (keep.isEmpty() && maxAge.isEmpty()) {
            throw new IllegalArgumentException(
                    "rotate needs --keep N (how many of the newest to keep), --max-age AGE (e.g. 30d) or both");
        }
        RetentionPolicy.Builder policy = RetentionPolicy.builder().selector(selector);
        keep.ifPresent(value -> policy.keepNewest(positiveCount("--keep", value)));
        maxAge.ifPresent(value -> policy.maxAge(age("--max-age", value)));
        return new RotateCommand(policy.build(), options.containsKey("--apply"));
    }

    /** A positive duration as Spring Boot writes them ({@code 30d}, {@code 12h}, {@code P30D}); a unit is required. */
    private static Duration age(String name, String value) {
        if (value.strip().matches("[+-]?\\d+")) {
            throw new IllegalArgumentException(
                    name + " needs a unit, e.g. " + value.strip() + "d or " + value.strip() + "h, was '" + value + "'");
        }
        Duration age;
        try {
            age = DurationStyle.detectAndParse(value.strip());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    name + " must be a duration such as 30d, 12h or P30D, was '" + value + "'", ex);
        }
        if (age.isZero() || age.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was '" + value + "'");
        }
        return age;
    }

    private static Optional<String> optional(Map<String, List<String>> options, String name) {
        return options.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static LabelSelector selector(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("--selector must not be blank");
        }
        return LabelSelector.parse(value.trim());
    }

    private static long positiveId(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, was '" + value + "'");
    }

    private static int positiveCount(String name, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number, 1 or more, was '" + value + "'");
    }

    private static <V extends ApiValue> V choice(String name, String value, V parsed, List<V> known) {
        if (!parsed.isKnown()) {
            String expected = known.stream().map(ApiValue::value).collect(Collectors.joining(", "));
            throw new IllegalArgumentException(name + " must be one of " + expected + ", was '" + value + "'");
        }
        return parsed;
    }

    private static String lower(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** How many values an option takes. */
    private enum Arity {
        FLAG,
        ONE,
        MANY
    }
}
