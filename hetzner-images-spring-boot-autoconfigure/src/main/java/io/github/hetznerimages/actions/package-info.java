/**
 * Image actions: {@link io.github.hetznerimages.actions.ImageActionsService} creates images from servers, changes
 * protection, looks actions up and waits for them to finish.
 */
package io.github.hetznerimages.actions;
