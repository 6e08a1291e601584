package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.Sort;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every client-side rule rejects its bad input with a message naming the parameter, and nothing is sent. */
class ImagesServiceValidationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final long TOO_LARGE_ID = 9_007_199_254_740_992L;
    private static final String TOO_LARGE_MESSAGE =
            "id must be at most 9007199254740991 (2^53-1, the API's largest id), was 9007199254740992";

    static Stream<Arguments> badCalls() {
        return Stream.of(
                call("retrieve id 0", images -> images.retrieve(0), "id must be positive, was 0"),
                call("retrieve negative id", images -> images.retrieve(-42), "id must be positive, was -42"),
                call("retrieve id above 2^53-1", images -> images.retrieve(TOO_LARGE_ID), TOO_LARGE_MESSAGE),
                call(
                        "update id 0",
                        images -> images.update(
                                0, ImageUpdateRequest.builder().description("x").build()),
                        "id must be positive, was 0"),
                call("update without changes object", images -> images.update(1, null), "changes must not be null"),
                call(
                        "update that changes nothing",
                        images -> images.update(1, ImageUpdateRequest.builder().build()),
                        "update must change something: set a description, labels or convertToSnapshot()"),
                call(
                        "update with null description",
                        images -> images.update(
                                1,
                                ImageUpdateRequest.builder().description(null).build()),
                        "description must not be null"),
                call(
                        "update with null labels",
                        images -> images.update(
                                1, ImageUpdateRequest.builder().labels(null).build()),
                        "labels must not be null (use an empty map to remove all labels)"),
                call(
                        "update with an invalid label key",
                        images -> images.update(
                                1,
                                ImageUpdateRequest.builder()
                                        .labels(Map.of("x y", "1"))
                                        .build()),
                        "label key 'x y' is invalid: the name must have 1 to 63 characters, start and end with a"
                                + " letter or digit, and contain only letters, digits, '-', '_' or '.'"),
                call(
                        "update with a reserved label prefix",
                        images -> images.update(
                                1,
                                ImageUpdateRequest.builder()
                                        .labels(Map.of("hetzner.cloud/x", "1"))
                                        .build()),
                        "label key 'hetzner.cloud/x' is invalid: the prefix 'hetzner.cloud/' is reserved"),
                call(
                        "update with an invalid label value",
                        images -> images.update(
                                1,
                                ImageUpdateRequest.builder()
                                        .labels(Map.of("env", "-prod"))
                                        .build()),
                        "label value '-prod' of key 'env' is invalid: it must be empty or have 1 to 63 characters,"
                                + " start and end with a letter or digit, and contain only letters, digits, '-', '_'"
                                + " or '.'"),
                call("delete id 0", images -> images.delete(0), "id must be positive, was 0"),
                call("delete id above 2^53-1", images -> images.delete(TOO_LARGE_ID), TOO_LARGE_MESSAGE),
                call(
                        "findByName blank name",
                        images -> images.findByName("  ", Architecture.X86),
                        "name must not be blank, was '  '"),
                call(
                        "findByName null name",
                        images -> images.findByName(null, Architecture.X86),
                        "name must not be blank, was null"),
                call(
                        "findByName null architecture",
                        images -> images.findByName("ubuntu-24.04", null),
                        "architecture must not be null: image names are unique only per architecture"),
                call("list null request", images -> images.list(null), "request must not be null"),
                call("listAll null request", images -> images.listAll(null), "request must not be null"),
                call("stream null request", images -> images.stream(null), "request must not be null"),
                call("findNewest null request", images -> images.findNewest(null), "request must not be null"),
                call(
                        "per_page 0",
                        images -> images.list(
                                ImageListRequest.builder().perPage(0).build()),
                        "per_page must be between 1 and 50, was 0"),
                call(
                        "per_page 51",
                        images -> images.listAll(
                                ImageListRequest.builder().perPage(51).build()),
                        "per_page must be between 1 and 50, was 51"),
                call(
                        "page 0",
                        images -> images.list(ImageListRequest.builder().page(0).build()),
                        "page must be at least 1, was 0"),
                call(
                        "bound_to 0",
                        images -> images.list(
                                ImageListRequest.builder().boundTo(5, 0).build()),
                        "bound_to server id must be positive, was 0"),
                call(
                        "bound_to null",
                        images -> images.list(ImageListRequest.builder()
                                .boundTo((long[]) null)
                                .build()),
                        "bound_to must not be null"),
                call(
                        "type null",
                        images -> images.list(ImageListRequest.builder()
                                .types(ImageType.SYSTEM, null)
                                .build()),
                        "type must not contain null"),
                call(
                        "architecture null",
                        images -> images.list(
                                ImageListRequest.builder().architecture(null).build()),
                        "architecture must not be null"),
                call(
                        "blank name filter",
                        images ->
                                images.list(ImageListRequest.builder().name("").build()),
                        "name must not be blank, was ''"),
                call(
                        "blank label selector",
                        images -> images.list(
                                ImageListRequest.builder().labelSelector(" ").build()),
                        "label_selector must not be blank, was ' '"),
                call(
                        "null label selector object",
                        images -> images.list(ImageListRequest.builder()
                                .labelSelector((LabelSelector) null)
                                .build()),
                        "label_selector must not be null"),
                call(
                        "invalid key in label selector",
                        images -> images.list(ImageListRequest.builder()
                                .labelSelector(
                                        LabelSelector.builder().has("bad key").build())
                                .build()),
                        "label key 'bad key' is invalid: the name must have 1 to 63 characters, start and end"
                                + " with a letter or digit, and contain only letters, digits, '-', '_' or '.'"),
                call(
                        "sort field twice",
                        images -> images.list(ImageListRequest.builder()
                                .sort(Sort.ascending(ImageSortField.NAME), Sort.descending(ImageSortField.NAME))
                                .build()),
                        "sort must name each field once, but 'name' appears twice"),
                call(
                        "sort with null",
                        images -> images.list(ImageListRequest.builder()
                                .sort((Sort<ImageSortField>) null)
                                .build()),
                        "sort must not contain null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void rejectsBadInputBeforeSendingAnything(String rule, Consumer<ImagesService> call, String message) {
        ImagesService images = new ImagesService(api.client(), new ImageActionsService(api.client()));

        assertThatThrownBy(() -> call.accept(images))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThat(api.server().getAllServeEvents()).isEmpty();
    }

    private static Arguments call(String rule, Consumer<ImagesService> call, String message) {
        return arguments(rule, call, message);
    }
}
