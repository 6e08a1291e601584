package io.github.hetznerimages;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked label selector for the {@code label_selector} filter of list calls. Its requirements are joined with
 * commas, which the API reads as AND; every key and value is checked against the label rules ({@link Labels}) when
 * it is added, so a bad selector fails here and not as {@code invalid_input} from the API. Immutable.
 *
 * <pre>{@code
 * LabelSelector selector = LabelSelector.builder()
 *         .eq("env", "prod")
 *         .missing("gpu")
 *         .in("tier", "a", "b")
 *         .build();
 * selector.expression(); // env=prod,!gpu,tier in (a,b)
 * }</pre>
 */
public final class LabelSelector {

    private final List<String> requirements;

    private LabelSelector(List<String> requirements) {
        this.requirements = List.copyOf(requirements);
    }

    /** Starts an empty selector; add at least one requirement. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and checks a selector in the API's syntax ({@code k=v}, {@code k==v}, {@code k!=v}, {@code k},
     * {@code !k}, {@code k in (a,b)}, {@code k notin (a,b)}, joined by commas). The result is written in the
     * canonical form, e.g. {@code k==v} becomes {@code k=v}.
     *
     * @throws IllegalArgumentException when the text is not a valid selector, naming the part that is not
     */
    public static LabelSelector parse(String expression) {
        return LabelSelectorParser.parse(expression);
    }

    /** The requirements, each in the API's syntax, in the order they were added. */
    public List<String> requirements() {
        return requirements;
    }

    /** The selector in the API's syntax, e.g. {@code env=prod,!gpu,tier in (a,b)}; sent percent-encoded. */
    public String expression() {
        return String.join(",", requirements);
    }

    /** The selector in the API's syntax, as {@link #expression()}. */
    @Override
    public String toString() {
        return expression();
    }

    /** Whether {@code other} has the same requirements in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LabelSelector that && requirements.equals(that.requirements);
    }

    /** A hash of the requirements. */
    @Override
    public int hashCode() {
        return requirements.hashCode();
    }

    /**
     * Collects the requirements of a {@link LabelSelector}; each method checks its key and values at once. Not
     * thread-safe; the built selector is.
     */
    public static final class Builder {

        private final List<String> requirements = new ArrayList<>();

        private Builder() {}

        /** Matches resources that have label {@code key}, whatever its value: {@code key}. */
        public Builder has(String key) {
            return add(Labels.validateKey(key));
        }

        /** Matches resources that do not have label {@code key}: {@code !key}. */
        public Builder missing(String key) {
            return add("!" + Labels.validateKey(key));
        }

        /** Matches resources whose label {@code key} equals {@code value}: {@code key=value}. */
        public Builder eq(String key, String value) {
            return add(Labels.validateKey(key) + "=" + Labels.validateValue(key, value));
        }

        /**
         * Matches resources whose label {@code key} is not {@code value}: {@code key!=value} (also resources
         * without the label).
         */
        public Builder notEq(String key, String value) {
            return add(Labels.validateKey(key) + "!=" + Labels.validateValue(key, value));
        }

        /**
         * Matches resources whose label {@code key} is one of {@code values}: {@code key in (a,b)}.
         *
         * @throws IllegalArgumentException when no value is given, one is empty or one breaks the label rules
         */
        public Builder in(String key, String... values) {
            return add(set(key, "in", values));
        }

        /**
         * Matches resources whose label {@code key} is none of {@code values}: {@code key notin (a,b)}.
         *
         * @throws IllegalArgumentException when no value is given, one is empty or one breaks the label rules
         */
        public Builder notIn(String key, String... values) {
            return add(set(key, "notin", values));
        }

        /**
         * The immutable selector.
         *
         * @throws IllegalArgumentException when no requirement was added
         */
        public LabelSelector build() {
            if (requirements.isEmpty()) {
                throw new IllegalArgumentException("label selector must have at least one requirement");
            }
            return new LabelSelector(requirements);
        }

        private Builder add(String requirement) {
            requirements.add(requirement);
            return this;
        }

        private static String set(String key, String operator, String... values) {
            Labels.validateKey(key);
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException(
                        "label selector '" + key + " " + operator + " (...)' needs at least one value");
            }
            List<String> checked = new ArrayList<>();
            for (String value : values) {
                if (value != null && value.isEmpty()) {
                    throw new IllegalArgumentException("label selector '" + key + " " + operator
                            + " (...)' cannot hold an empty value; use eq(key, \"\") to match an empty value");
                }
                checked.add(Labels.validateValue(key, value));
            }
            return key + " " + operator + " (" + String.join(",", checked) + ")";
        }
    }
}
