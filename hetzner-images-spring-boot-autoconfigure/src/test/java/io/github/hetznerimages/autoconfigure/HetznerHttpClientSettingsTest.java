package io.github.hetznerimages.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;

class HetznerHttpClientSettingsTest {

    private final HetznerProperties.Http http = new HetznerProperties.Http();

    @Test
    void libraryDefaultsFillTimeoutsThatNothingSets() {
        HttpClientSettings settings = HetznerHttpClientSettings.merge(http, HttpClientSettings.defaults(), null);

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings).isNotEqualTo(HttpClientSettings.defaults());
    }

    @Test
    void globalSettingsWinOverLibraryDefaults() {
        HttpClientSettings global = HttpClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(4))
                .withRedirects(HttpRedirects.DONT_FOLLOW);

        HttpClientSettings settings = HetznerHttpClientSettings.merge(http, global, null);

        assertThat(settings).as("nothing of the library's own applies").isEqualTo(global);
    }

    @Test
    void hetznerSettingsWinOverGlobalOnes() {
        HttpClientSettings global = HttpClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(4))
                .withRedirects(HttpRedirects.DONT_FOLLOW);
        http.setReadTimeout(Duration.ofMillis(200));

        HttpClientSettings settings = HetznerHttpClientSettings.merge(http, global, null);

        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
    }

    @Test
    void onlyTheMissingGlobalTimeoutGetsTheLibraryDefault() {
        HttpClientSettings global = HttpClientSettings.defaults().withReadTimeout(Duration.ofSeconds(7));

        HttpClientSettings settings = HetznerHttpClientSettings.merge(http, global, null);

        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void sslBundleNeedsSslBundles() {
        http.getSsl().setBundle("hetzner-proxy");

        assertThatIllegalStateException()
                .isThrownBy(() -> HetznerHttpClientSettings.merge(http, HttpClientSettings.defaults(), null));
    }
}
