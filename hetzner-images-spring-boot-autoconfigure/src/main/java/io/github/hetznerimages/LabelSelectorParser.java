package io.github.hetznerimages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a label selector in the API's syntax into a {@link LabelSelector}, checking keys and values through its
 * builder.
 */
final class LabelSelectorParser {

    private static final String KEY = "([^\\s=!(),]+)";
    private static final String VALUE = "([^\\s=!(),]*)";
    private static final Pattern SET = Pattern.compile(KEY + "\\s+(in|notin)\\s*\\(([^()]*)\\)");
    private static final Pattern NOT_EQUAL = Pattern.compile(KEY + "\\s*!=\\s*" + VALUE);
    private static final Pattern EQUAL = Pattern.compile(KEY + "\\s*==?\\s*" + VALUE);
    private static final Pattern MISSING = Pattern.compile("!\\s*" + KEY);
    private static final Pattern HAS = Pattern.compile(KEY);

    private LabelSelectorParser() {}

    static LabelSelector parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("label selector must not be blank");
        }
        LabelSelector.Builder builder = LabelSelector.builder();
        for (String part : split(expression)) {
            try {
                addRequirement(builder, part.strip());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(
                        "label selector '" + expression + "' is invalid: " + ex.getMessage(), ex);
            }
        }
        return builder.build();
    }

    private static void addRequirement(LabelSelector.Builder builder, String part) {
        Matcher matcher;
        if ((matcher = SET.matcher(part)).matches()) {
            String[] values = matcher.group(3).split(",", -1);
            for (int index = 0; index < values.length; index++) {
                values[index] = values[index].strip();
            }
            if ("in".equals(matcher.group(2))) {
                builder.in(matcher.group(1), values);
            } else {
                builder.notIn(matcher.group(1), values);
            }
        } else if ((matcher = NOT_EQUAL.matcher(part)).matches()) {
            builder.notEq(matcher.group(1), matcher.group(2));
        } else if ((matcher = EQUAL.matcher(part)).matches()) {
            builder.eq(matcher.group(1), matcher.group(2));
        } else if ((matcher = MISSING.matcher(part)).matches()) {
            builder.missing(matcher.group(1));
        } else if ((matcher = HAS.matcher(part)).matches()) {
            builder.has(matcher.group(1));
        } else {
            throw new IllegalArgumentException("cannot read requirement '" + part + "'");
        }
    }

    /** Splits at the commas that separate requirements, not at those inside {@code (a,b)}. */
    private static List<String> split(String expression) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int index = 0; index < expression.length(); index++) {
            char c = expression.charAt(index);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(expression.substring(start, index));
                start = index + 1;
            }
        }
        parts.add(expression.substring(start));
        return parts;
    }
}
