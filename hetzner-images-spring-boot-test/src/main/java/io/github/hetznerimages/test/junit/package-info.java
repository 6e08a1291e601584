/**
 * JUnit 5 support for the fake API: {@link io.github.hetznerimages.test.junit.HetznerImagesFakeExtension} runs a
 * {@link io.github.hetznerimages.test.HetznerImagesFake} per test class.
 */
package io.github.hetznerimages.test.junit;
