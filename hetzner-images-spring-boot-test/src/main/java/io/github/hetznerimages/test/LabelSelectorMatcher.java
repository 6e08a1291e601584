package io.github.hetznerimages.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's reading of a {@code label_selector}: comma-separated conditions that must all hold, each one of
 * {@code k=v}, {@code k==v}, {@code k!=v}, {@code k}, {@code !k}, {@code k in (a,b)} and {@code k notin (a,b)}.
 */
final class LabelSelectorMatcher implements Predicate<Map<String, String>> {

    private static final Pattern SET_CONDITION = Pattern.compile("^(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)$");
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9]([-_./A-Za-z0-9]*[A-Za-z0-9])?$");

    private final List<Predicate<Map<String, String>>> conditions;

    private LabelSelectorMatcher(List<Predicate<Map<String, String>>> conditions) {
        this.conditions = conditions;
    }

    /**
     * Parses a selector.
     *
     * @throws FakeApiError {@code invalid_input} when the selector is malformed
     */
    static LabelSelectorMatcher parse(String selector) {
        List<Predicate<Map<String, String>>> conditions = new ArrayList<>();
        for (String expression : splitTopLevel(selector)) {
            conditions.add(condition(expression.trim(), selector));
        }
        return new LabelSelectorMatcher(List.copyOf(conditions));
    }

    @Override
    public boolean test(Map<String, String> labels) {
        return conditions.stream().allMatch(c -> c.test(labels));
    }

    private static List<String> splitTopLevel(String selector) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(selector.substring(start));
        return parts;
    }

    private static Predicate<Map<String, String>> condition(String expression, String selector) {
        Matcher set = SET_CONDITION.matcher(expression);
        if (set.matches()) {
            String key = key(set.group(1), selector);
            Set<String> values = Set.copyOf(Arrays.asList(set.group(3).trim().split("\\s*,\\s*")));
            if (set.group(2).equals("in")) {
                return labels -> labels.containsKey(key) && values.contains(labels.get(key));
            }
            return labels -> !labels.containsKey(key) || !values.contains(labels.get(key));
        }
        if (expression.startsWith("!") && !expression.contains("=")) {
            String key = key(expression.substring(1), selector);
            return labels -> !labels.containsKey(key);
        }
        int notEquals = expression.indexOf("!=");
        if (notEquals > 0) {
            String key = key(expression.substring(0, notEquals), selector);
            String value = expression.substring(notEquals + 2).trim();
            return labels -> !value.equals(labels.get(key));
        }
        int equals = expression.indexOf('=');
        if (equals > 0) {
            String key = key(expression.substring(0, equals), selector);
            String value = expression
                    .substring(expression.startsWith("==", equals) ? equals + 2 : equals + 1)
                    .trim();
            return labels -> value.equals(labels.get(key));
        }
        String key = key(expression, selector);
        return labels -> labels.containsKey(key);
    }

    private static String key(String raw, String selector) {
        String key = raw.trim();
        if (!KEY.matcher(key).matches()) {
            throw FakeApiError.invalidInput("invalid label_selector '" + selector + "'");
        }
        return key;
    }
}
