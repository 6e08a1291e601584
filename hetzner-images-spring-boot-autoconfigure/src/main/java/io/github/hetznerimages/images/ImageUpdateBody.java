package io.github.hetznerimages.images;

import java.util.Map;

/**
 * The JSON body of {@code PUT /images/{id}}; {@code null} fields are left out by the wire mapper.
 *
 * @param description the new description
 * @param type {@code snapshot} to convert a backup, otherwise {@code null}
 * @param labels the new, complete label set
 */
record ImageUpdateBody(String description, ImageType type, Map<String, String> labels) {}
