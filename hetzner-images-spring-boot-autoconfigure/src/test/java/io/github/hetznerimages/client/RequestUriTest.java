package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class RequestUriTest {

    private static final String BASE = "https://api.hetzner.cloud/v1";

    private static ApiRequest request(
            String template, Map<String, Object> variables, MultiValueMap<String, String> query) {
        return new ApiRequest(HttpMethod.GET, template, variables, query, null, true, null);
    }

    @Test
    void expandsPathVariablesAndEncodesThemFully() {
        URI uri = RequestUri.uri(
                BASE, request("/images/{id}/actions/{action}", Map.of("id", 42L, "action", "a/b c"), null));

        assertThat(uri).hasToString(BASE + "/images/42/actions/a%2Fb%20c");
    }

    @Test
    void repeatsMultiValuedParametersAndEncodesEveryValue() {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.put("type", List.of("system", "snapshot"));
        query.add("label_selector", "env=prod,tier!=db");
        query.add("name", "a+b &c");

        URI uri = RequestUri.uri(BASE, request("/images", Map.of(), query));

        assertThat(uri)
                .hasToString(BASE + "/images?type=system&type=snapshot"
                        + "&label_selector=env%3Dprod%2Ctier%21%3Ddb&name=a%2Bb%20%26c");
        assertThat(uri.getQuery()).isEqualTo("type=system&type=snapshot&label_selector=env=prod,tier!=db&name=a+b &c");
    }

    @Test
    void aMissingPathVariableIsAClearError() {
        assertThatThrownBy(() -> RequestUri.uri(BASE, request("/images/{id}", Map.of(), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value for the path variable 'id' of /images/{id}");
    }
}
