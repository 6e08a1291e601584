package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.LabelSelector;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageListRequestTest {

    @Test
    void allHasNoFiltersAndSendsNoQuery() {
        ImageListRequest all = ImageListRequest.all();

        assertThat(all.toQuery().entries()).isEmpty();
        assertThat(all.types()).isEmpty();
        assertThat(all.statuses()).isEmpty();
        assertThat(all.boundTo()).isEmpty();
        assertThat(all.sorts()).isEmpty();
        assertThat(all.includeDeprecated()).isEmpty();
        assertThat(all.name()).isEmpty();
        assertThat(all.labelSelector()).isEmpty();
        assertThat(all.architecture()).isEmpty();
        assertThat(all.page()).isEmpty();
        assertThat(all.perPage()).isEmpty();
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
                .sort(ImageSort.descending(ImageSortField.ID))
                .page(4)
                .perPage(10)
                .build();

        assertThat(request.types()).containsExactly(ImageType.BACKUP);
        assertThat(request.statuses()).containsExactly(ImageStatus.AVAILABLE);
        assertThat(request.boundTo()).containsExactly(6021L);
        assertThat(request.includeDeprecated()).contains(true);
        assertThat(request.name()).contains("debian-12");
        assertThat(request.labelSelector()).contains("keep");
        assertThat(request.architecture()).contains(Architecture.X86);
        assertThat(request.sorts()).containsExactly(ImageSort.descending(ImageSortField.ID));
        assertThat(request.page()).hasValue(4);
        assertThat(request.perPage()).hasValue(10);
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
        assertThat(request.toQuery().values("bound_to")).containsExactly("7", "8");
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
                .sort(ImageSort.ascending(ImageSortField.CREATED))
                .page(2)
                .perPage(5)
                .build();

        ImageListRequest copy = original.toBuilder().build();
        ImageListRequest changed = original.toBuilder().page(3).build();

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.page()).hasValue(3);
        assertThat(original.page()).hasValue(2);
        assertThat(changed.toQuery().entries())
                .hasSize(original.toQuery().entries().size());
    }

    @Test
    void firstPageClearsThePage() {
        ImageListRequest request =
                ImageListRequest.builder().page(9).firstPage().build();

        assertThat(request.page()).isEmpty();
        assertThat(request.toQuery().values("page")).isEmpty();
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
        assertThat(ImageListRequest.builder().perPage(1).build().perPage()).hasValue(1);
        assertThat(ImageListRequest.builder().perPage(50).build().perPage()).hasValue(50);
        assertThat(ImageListRequest.builder()
                        .boundTo(9_007_199_254_740_991L)
                        .build()
                        .boundTo())
                .containsExactly(9_007_199_254_740_991L);
    }
}
