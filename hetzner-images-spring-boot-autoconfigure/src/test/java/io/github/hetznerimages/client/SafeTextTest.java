package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final String TOKEN = "tok-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789";

    private final SafeText text = new SafeText(TOKEN);

    @Test
    void redactsTheTokenAndReplacesControlCharacters() {
        assertThat(text.bounded("Bearer " + TOKEN + "\r\nX: y", 100)).isEqualTo("Bearer [redacted]  X: y");
    }

    @Test
    void cutsLongTextAndSaysSo() {
        assertThat(text.bounded("abcdefghij", 4)).isEqualTo("abcd...");
        assertThat(text.bounded("abcd", 4)).isEqualTo("abcd");
        assertThat(text.bounded(null, 4)).isEmpty();
    }

    @Test
    void neverLeavesPartOfATokenThatStraddlesTheCut() {
        String body = "x".repeat(10) + TOKEN + "y".repeat(100);

        String preview = text.preview(body.getBytes(StandardCharsets.UTF_8), 20);

        assertThat(preview).isEqualTo("xxxxxxxxxx[redacted]... (" + body.length() + " bytes)");
        assertThat(preview).doesNotContain(TOKEN.substring(0, 5));
    }

    @Test
    void keepsACauseThatDoesNotMentionTheToken() {
        IllegalStateException cause = new IllegalStateException("bad value 'x'");

        assertThat(text.scrub(cause)).isSameAs(cause);
    }

    @Test
    void replacesACauseChainThatQuotesTheToken() {
        java.io.IOException root = new java.io.IOException("received " + TOKEN);
        IllegalStateException cause = new IllegalStateException("bad value '" + TOKEN + "'", root);

        Throwable scrubbed = text.scrub(cause);

        assertThat(scrubbed)
                .isInstanceOf(SafeText.RedactedException.class)
                .hasMessage("java.lang.IllegalStateException: bad value '[redacted]'");
        assertThat(scrubbed.getStackTrace()).isEqualTo(cause.getStackTrace());
        assertThat(scrubbed.getCause()).hasMessage("java.io.IOException: received [redacted]");
    }

    @Test
    void previewsShortBodiesWhole() {
        assertThat(text.preview("<html>hi</html>".getBytes(StandardCharsets.UTF_8), 100))
                .isEqualTo("<html>hi</html>");
    }
}
