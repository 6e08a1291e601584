package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;

/**
 * The answer to creating an image from a server: the new image (status {@code creating} at first) and the action
 * that creates it. The action's resources name the <em>server</em>; take the image's id from {@link #image()}.
 *
 * @param image the new image
 * @param action the action that creates it; wait for it with {@link ImageActionsService#waitFor(Action)}
 */
public record CreatedImage(Image image, Action action) {}
