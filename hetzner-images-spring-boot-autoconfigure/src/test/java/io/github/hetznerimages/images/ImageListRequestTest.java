package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageListRequestTest {

    @Test
    void allHasNoFiltersAndSendsNoQuery() {
        ImageListRequest all = ImageListRequest.all();

        assertThat(all.toQuery()).isEmpty();
        assertThat(all.types()).isEmpty();
        assertThat(all.statuses()).isEmpty();
        assertThat(all.boundTo()).isEmpty();
        assertThat(all.sorts()).isEmpty();
        assertThat(all.includeDeprecated()).isNull();
        assertThat(all.name()).isNull();
        assertThat(all.labelSelector()).isNull();
        assertThat(all.architecture()).isNull();
        assertThat(all.page()).isNull();
        assertThat(all.perPage()).isNull();
        assertThat(all).isEqualTo(ImageListRequest.builder().build());
    }

    @Test
    void accessorsReturnWhatWasSet() {
        ImageListRequest request = ImageListRequest.builder()
                .types(ImageType.BACKUP)
                .statuses(ImageStatus.AVAILABLE)
                .boundTo(6021)
                .includeDeprecated(true)
                .name("debian-12")
                .labelSelector(LabelSelector.builder().has("keep").build())
                .architecture(Architecture.X86)
                .sort(Sort.descending(ImageSortField.ID))
                .page(4)
                .perPage(10)
                .build();

        assertThat(request.types()).containsExactly(ImageType.BACKUP);
        assertThat(request.statuses()).containsExactly(ImageStatus.AVAILABLE);
        assertThat(request.boundTo()).containsExactly(6021L);
        assertThat(request.includeDeprecated()).isTrue();
        assertThat(request.name()).isEqualTo("debian-12");
        assertThat(request.labelSelector()).isEqualTo("keep");
        assertThat(request.architecture()).isEqualTo(Architecture.X86);
        assertThat(request.sorts()).containsExactly(Sort.descending(ImageSortField.ID));
        assertThat(request.page()).isEqualTo(4L);
        assertThat(request.perPage()).isEqualTo(10);
        assertThat(request)
                .hasToString("ImageListRequest[sort=id:desc&type=backup&status=available&bound_to=6021"
                        + "&include_deprecated=true&name=debian-12&label_selector=keep&architecture=x86&page=4"
                        + "&per_page=10]");
    }

    @Test
    void settingAListAgainReplacesItAndDuplicatesAreSentOnce() {
        ImageListRequest request = ImageListRequest.builder()
                .types(ImageType.SYSTEM, ImageType.APP)
                .types(ImageType.SNAPSHOT, ImageType.SNAPSHOT, ImageType.BACKUP)
                .statuses(ImageStatus.CREATING)
                .statuses()
                .boundTo(7, 7, 8)
                .build();

        assertThat(request.types()).containsExactly(ImageType.SNAPSHOT, ImageType.BACKUP);
        assertThat(request.statuses()).isEmpty();
        assertThat(request.toQuery().get("bound_to")).containsExactly("7", "8");
    }

    @Test
    void toBuilderCopiesEverythingAndLeavesTheOriginalUnchanged() {
        ImageListRequest original = ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .statuses(ImageStatus.AVAILABLE)
                .boundTo(1)
                .includeDeprecated(false)
                .name("n")
                .labelSelector("env=prod")
                .architecture(Architecture.ARM)
                .sort(Sort.ascending(ImageSortField.CREATED))
                .page(2)
                .perPage(5)
                .build();

        ImageListRequest copy = original.toBuilder().build();
        ImageListRequest changed = original.toBuilder().page(3).build();

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.page()).isEqualTo(3L);
        assertThat(original.page()).isEqualTo(2L);
        assertThat(changed.toQuery()).hasSameSizeAs(original.toQuery());
    }

    @Test
    void firstPageClearsThePage() {
        ImageListRequest request =
                ImageListRequest.builder().page(9).firstPage().build();

        assertThat(request.page()).isNull();
        assertThat(request.toQuery()).doesNotContainKey("page");
    }

    @Test
    void listsHandedOutAreImmutable() {
        ImageListRequest request =
                ImageListRequest.builder().types(ImageType.SYSTEM).build();

        List<ImageType> types = request.types();

        assertThatThrownBy(() -> types.add(ImageType.APP)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pageSizeBoundsAreInclusive() {
        assertThat(ImageListRequest.builder().perPage(1).build().perPage()).isEqualTo(1);
        assertThat(ImageListRequest.builder().perPage(50).build().perPage()).isEqualTo(50);
        assertThat(ImageListRequest.builder()
                        .boundTo(9_007_199_254_740_991L)
                        .build()
                        .boundTo())
                .containsExactly(9_007_199_254_740_991L);
    }

    @Test
    void valuesThisLibraryDoesNotKnowCanBeSentAsFilters() {
        ImageListRequest request = ImageListRequest.builder()
                .types(ImageType.of("iso"))
                .statuses(ImageStatus.of("quarantined"))
                .architecture(Architecture.of("riscv64"))
                .build();

        assertThat(request.toQuery().get("type")).containsExactly("iso");
        assertThat(request.toQuery().get("status")).containsExactly("quarantined");
        assertThat(request.toQuery().get("architecture")).containsExactly("riscv64");
        assertThat(request.types().get(0).isKnown()).isFalse();
    }

    @Test
    void labelSelectorTextIsCheckedByTheParserAndSentAsWritten() {
        assertThat(ImageListRequest.builder().labelSelector("env==prod").build().labelSelector())
                .isEqualTo("env==prod");
        for (String invalid : List.of("=x", "k in (a", "a b c", "k=v@x")) {
            assertThatThrownBy(() -> ImageListRequest.builder().labelSelector(invalid))
                    .as(invalid)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("label");
        }
    }
}
