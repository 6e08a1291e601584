package io.github.hetznerimages;

/**
 * A field a list call can sort by, e.g. an image's {@code created}. Each list has its own enum of fields, so a
 * {@link Sort} can only be given to the list it belongs to.
 */
public interface SortField {

    /** The field as the API spells it in a {@code sort} parameter, e.g. {@code created}. */
    String value();
}
