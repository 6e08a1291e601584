/**
 * The documented example: an application service ({@code ServerBackups}) tested against the fake API with only
 * {@code @AutoConfigureHetznerImagesFake}, the injected fake and its assertions.
 */
package io.github.hetznerimages.test.example;
