package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;

/**
 * The wire envelope of an answer that holds one action: {@code {"action": {...}}}. Used by the services to decode;
 * applications get the {@link Action} itself.
 *
 * @param action the action
 */
record ActionEnvelope(Action action) {}
