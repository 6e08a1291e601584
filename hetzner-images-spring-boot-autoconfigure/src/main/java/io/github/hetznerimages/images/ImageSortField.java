package io.github.hetznerimages.images;

import io.github.hetznerimages.SortField;
import java.util.Locale;

/** The fields {@code GET /images} can sort by. */
public enum ImageSortField implements SortField {
    /** The image id (ids grow with creation order). */
    ID,
    /** The image name (only system and app images have one). */
    NAME,
    /** The creation time. */
    CREATED;

    /** The field as the API spells it. */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
