package io.github.hetznerimages.images;

import io.github.hetznerimages.client.WireEnums;

/** The fields {@code GET /images} can sort by. */
public enum ImageSortField {
    /** The image id (ids grow with creation order). */
    ID,
    /** The image name (only system and app images have one). */
    NAME,
    /** The creation time. */
    CREATED;

    /** The field as the API spells it. */
    public String value() {
        return WireEnums.value(this);
    }
}
