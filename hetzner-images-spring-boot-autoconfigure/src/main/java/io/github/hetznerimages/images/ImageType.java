package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.hetznerimages.ApiValue;
import java.util.List;

/**
 * The kind of an image. A value the API adds later reads as a value of its own, with its text kept ({@link #isKnown()} is
 * {@code false}); it can be sent back as a filter.
 */
public final class ImageType extends ApiValue {

    /** A Hetzner distribution image. */
    public static final ImageType SYSTEM = new ImageType("system", true);

    /** A Hetzner image with preinstalled software. */
    public static final ImageType APP = new ImageType("app", true);

    /** A user-made image, independent of any server, billed per GB and month. */
    public static final ImageType SNAPSHOT = new ImageType("snapshot", true);

    /** A daily backup bound to one server and deleted with it. */
    public static final ImageType BACKUP = new ImageType("backup", true);

    private static final List<ImageType> KNOWN = List.of(SYSTEM, APP, SNAPSHOT, BACKUP);

    private ImageType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value with this text: a constant when it is one, else a value of its own.
     *
     * @throws IllegalArgumentException when the text is {@code null}
     */
    @JsonCreator
    public static ImageType of(String value) {
        return lookUp(KNOWN, value, text -> new ImageType(text, false));
    }

    /** The values this library knows, in the order the API documents them. */
    public static List<ImageType> known() {
        return KNOWN;
    }
}
