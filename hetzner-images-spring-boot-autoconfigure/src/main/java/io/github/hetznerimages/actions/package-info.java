/**
 * Image actions: {@link io.github.hetznerimages.actions.ImageActionsService} creates images from servers, changes
 * protection, looks actions up and waits for them to finish ({@link io.github.hetznerimages.actions.WaitOptions});
 * a failed or unfinished wait ends with {@link io.github.hetznerimages.actions.ActionFailedException},
 * {@link io.github.hetznerimages.actions.ActionTimeoutException} or
 * {@link io.github.hetznerimages.actions.ActionInterruptedException}.
 */
package io.github.hetznerimages.actions;
