package io.github.hetznerimages.images;

/**
 * The wire envelope of an answer that holds one image: {@code {"image": {...}}}. Used by the services to decode;
 * applications get the {@link Image} itself.
 *
 * @param image the image
 */
record ImageEnvelope(Image image) {}
