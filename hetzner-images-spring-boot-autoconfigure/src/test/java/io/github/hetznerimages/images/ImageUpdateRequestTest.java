package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageUpdateRequestTest {

    @Test
    void onlyTheChangesThatWereSetAreInTheBody() {
        ImageUpdateRequest description =
                ImageUpdateRequest.builder().description("").build();
        ImageUpdateRequest convert =
                ImageUpdateRequest.builder().convertToSnapshot().build();

        assertThat(description.toBody()).isEqualTo(new ImageUpdateBody("", null, null));
        assertThat(description.description()).isEmpty();
        assertThat(description.convertsToSnapshot()).isFalse();
        assertThat(description.labels()).isNull();
        assertThat(convert.toBody()).isEqualTo(new ImageUpdateBody(null, ImageType.SNAPSHOT, null));
        assertThat(convert.convertsToSnapshot()).isTrue();
    }

    @Test
    void labelsAreCopiedInOrderAndLaterChangesToTheMapDoNotLeakIn() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("env", "prod");
        labels.put("example.com/team", "web");
        ImageUpdateRequest request = ImageUpdateRequest.builder().labels(labels).build();
        labels.put("late", "x");

        assertThat(request.labels()).containsExactly(Map.entry("env", "prod"), Map.entry("example.com/team", "web"));
        assertThatThrownBy(() -> request.labels().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringListsTheChanges() {
        ImageUpdateRequest request = ImageUpdateRequest.builder()
                .description("golden")
                .convertToSnapshot()
                .labels(Map.of("env", "prod"))
                .build();

        assertThat(request).hasToString("ImageUpdateRequest[description=golden, type=snapshot, labels={env=prod}]");
        assertThat(ImageUpdateRequest.builder().convertToSnapshot().build())
                .hasToString("ImageUpdateRequest[type=snapshot]");
    }
}
