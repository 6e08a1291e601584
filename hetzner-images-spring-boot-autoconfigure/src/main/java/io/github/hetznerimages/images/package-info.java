/**
 * The images part of the API: {@link io.github.hetznerimages.images.ImagesService} (list, read, update, delete, and
 * {@link io.github.hetznerimages.images.ImageRetention retention} of old snapshots and backups) and
 * {@link io.github.hetznerimages.images.ImageActionsService} (create an image from a server, change protection,
 * look actions up and wait for them), with their request and response types. Wire envelopes and bodies, the list
 * request core and the waiter are package-private.
 */
@NullMarked
package io.github.hetznerimages.images;

import org.jspecify.annotations.NullMarked;
