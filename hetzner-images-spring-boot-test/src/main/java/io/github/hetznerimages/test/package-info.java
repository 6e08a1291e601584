/**
 * A stateful fake of the Hetzner Cloud images API for tests: {@link io.github.hetznerimages.test.HetznerImagesFake}
 * (on WireMock, in-process), what to seed it with ({@link io.github.hetznerimages.test.FakeImage},
 * {@link io.github.hetznerimages.test.FakeServer}, {@link io.github.hetznerimages.test.FakeAction}), the failures it
 * can answer with ({@link io.github.hetznerimages.test.FakeFault} per {@link io.github.hetznerimages.test.FakeRoute})
 * and the requests it records ({@link io.github.hetznerimages.test.FakeRequest}). Everything else in the package is
 * its inside.
 */
package io.github.hetznerimages.test;
