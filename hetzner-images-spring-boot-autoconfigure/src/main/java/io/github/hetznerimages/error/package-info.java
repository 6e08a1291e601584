/**
 * The exceptions every call of this library can throw: {@link io.github.hetznerimages.error.HetznerException}
 * and its two branches, {@link io.github.hetznerimages.error.ErrorException} (the API answered with an error)
 * and {@link io.github.hetznerimages.error.TransporterException} (no usable answer).
 */
@NullMarked
package io.github.hetznerimages.error;

import org.jspecify.annotations.NullMarked;
