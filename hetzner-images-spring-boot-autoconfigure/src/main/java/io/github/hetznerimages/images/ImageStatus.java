package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.hetznerimages.ApiValue;
import java.util.List;

/**
 * Whether an image can be used. A value the API adds later reads as a value of its own, with its text kept ({@link #isKnown()} is
 * {@code false}); it can be sent back as a filter.
 */
public final class ImageStatus extends ApiValue {

    /** Ready to use. */
    public static final ImageStatus AVAILABLE = new ImageStatus("available", true);

    /** Still being created. */
    public static final ImageStatus CREATING = new ImageStatus("creating", true);

    /** Cannot be used. */
    public static final ImageStatus UNAVAILABLE = new ImageStatus("unavailable", true);

    private static final List<ImageStatus> KNOWN = List.of(AVAILABLE, CREATING, UNAVAILABLE);

    private ImageStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value with this text: a constant when it is one, else a value of its own.
     *
     * @throws IllegalArgumentException when the text is {@code null}
     */
    @JsonCreator
    public static ImageStatus of(String value) {
        return lookUp(KNOWN, value, text -> new ImageStatus(text, false));
    }

    /** The values this library knows, in the order the API documents them. */
    public static List<ImageStatus> known() {
        return KNOWN;
    }
}
