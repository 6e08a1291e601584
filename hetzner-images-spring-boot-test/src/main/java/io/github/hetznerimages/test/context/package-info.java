/**
 * Spring TestContext support for the fake API: {@link io.github.hetznerimages.test.context.AutoConfigureHetznerImagesFake}
 * starts a {@link io.github.hetznerimages.test.HetznerImagesFake} per application context, points the client at it
 * and offers it as a bean.
 */
package io.github.hetznerimages.test.context;
