package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.hetznerimages.ApiValue;
import java.util.List;

/**
 * The operating system family of an image. A value the API adds later reads as a value of its own, with its text kept ({@link #isKnown()} is
 * {@code false}); it can be sent back as a filter.
 */
public final class OsFlavor extends ApiValue {

    /** Ubuntu. */
    public static final OsFlavor UBUNTU = new OsFlavor("ubuntu", true);

    /** CentOS. */
    public static final OsFlavor CENTOS = new OsFlavor("centos", true);

    /** Debian. */
    public static final OsFlavor DEBIAN = new OsFlavor("debian", true);

    /** Fedora. */
    public static final OsFlavor FEDORA = new OsFlavor("fedora", true);

    /** Rocky Linux. */
    public static final OsFlavor ROCKY = new OsFlavor("rocky", true);

    /** AlmaLinux. */
    public static final OsFlavor ALMA = new OsFlavor("alma", true);

    /** openSUSE. */
    public static final OsFlavor OPENSUSE = new OsFlavor("opensuse", true);

    /** The API's own {@code unknown} (not a value this library does not know: see {@link #isKnown()}). */
    public static final OsFlavor UNKNOWN = new OsFlavor("unknown", true);

    private static final List<OsFlavor> KNOWN = List.of(UBUNTU, CENTOS, DEBIAN, FEDORA, ROCKY, ALMA, OPENSUSE, UNKNOWN);

    private OsFlavor(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value with this text: a constant when it is one, else a value of its own.
     *
     * @throws IllegalArgumentException when the text is {@code null}
     */
    @JsonCreator
    public static OsFlavor of(String value) {
        return lookUp(KNOWN, value, text -> new OsFlavor(text, false));
    }

    /** The values this library knows, in the order the API documents them. */
    public static List<OsFlavor> known() {
        return KNOWN;
    }
}
