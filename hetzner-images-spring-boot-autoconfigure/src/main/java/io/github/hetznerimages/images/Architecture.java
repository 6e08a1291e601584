package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.hetznerimages.ApiValue;
import java.util.List;

/**
 * The CPU architecture an image is built for; image names are unique per architecture only. A value the API adds later reads as a value of its own, with its text kept ({@link #isKnown()} is
 * {@code false}); it can be sent back as a filter.
 */
public final class Architecture extends ApiValue {

    /** Intel and AMD CPUs. */
    public static final Architecture X86 = new Architecture("x86", true);

    /** Ampere Altra CPUs. */
    public static final Architecture ARM = new Architecture("arm", true);

    private static final List<Architecture> KNOWN = List.of(X86, ARM);

    private Architecture(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value with this text: a constant when it is one, else a value of its own.
     *
     * @throws IllegalArgumentException when the text is {@code null}
     */
    @JsonCreator
    public static Architecture of(String value) {
        return lookUp(KNOWN, value, text -> new Architecture(text, false));
    }

    /** The values this library knows, in the order the API documents them. */
    public static List<Architecture> known() {
        return KNOWN;
    }
}
