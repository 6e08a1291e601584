/**
 * The images part of the API: {@link io.github.hetznerimages.images.ImagesService} and its request and response
 * types.
 */
@NullMarked
package io.github.hetznerimages.images;

import org.jspecify.annotations.NullMarked;
