package io.github.hetznerimages.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MissingHetznerTokenException} at start-up: what is missing, how to set the token, and where to
 * create one.
 */
class MissingHetznerTokenFailureAnalyzer extends AbstractFailureAnalyzer<MissingHetznerTokenException> {

    static final String ACTION = """
            Set the API token of your Hetzner Cloud project in one of these ways:
                - the property %1$s, e.g. %1$s=your-api-token in application.properties or \
            --%1$s=your-api-token on the command line
                - the environment variable %2$s (as the hcloud CLI reads it) or %3$s
            Create a token in the Hetzner Cloud Console: select your project, then Security > API tokens > \
            Generate API token (choose Read & Write to create, change or delete images).
            To switch the Hetzner client off instead, set %4$s.enabled=false.""".formatted(
                    HetznerTokenResolver.PROPERTY,
                    HetznerTokenResolver.HCLOUD_TOKEN,
                    HetznerTokenResolver.HETZNER_TOKEN,
                    HetznerProperties.CONFIG_PREFIX);

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingHetznerTokenException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
