/**
 * Contract conformance tests: the trimmed copy of Hetzner's official OpenAPI description
 * ({@code src/test/resources/openapi}), the utility that regenerates it ({@link
 * io.github.hetznerimages.contract.SpecTrimmer}), the validator that checks every WireMock exchange of
 * {@link io.github.hetznerimages.testsupport.HetznerApiExtension} against it, the round trip of the spec's examples
 * through the models, and the conformance matrix.
 */
package io.github.hetznerimages.contract;
