package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.ApiValue;
import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import io.github.hetznerimages.Sort;
import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImagesServiceListTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private ImagesService images;

    @BeforeEach
    void createService() {
        images = new ImagesService(api.client(), new ImageActionsService(api.client()));
    }

    @Test
    void listWithoutFiltersSendsNoQueryAndParsesEveryField() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-mixed.json"))));

        Page<Image> page = images.list();

        assertThat(page.items()).containsExactlyElementsOf(ImageFixtures.mixedList());
        assertThat(page.pagination()).isEqualTo(new Pagination(2, 3, 1L, 3L, 5L, 14L));
        assertThat(page.hasNext()).isTrue();
        api.server()
                .verify(getRequestedFor(urlEqualTo("/images"))
                        .withHeader("Authorization", equalTo("Bearer " + HetznerApiExtension.TOKEN))
                        .withHeader("User-Agent", matching("hetzner-images-spring-boot/[^ ]+"))
                        .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void listSendsEveryFilterWithRepeatedKeysForMultiValuedOnes() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-empty.json"))));
        ImageListRequest request = ImageListRequest.builder()
                .types(ImageType.SNAPSHOT, ImageType.BACKUP)
                .statuses(ImageStatus.AVAILABLE, ImageStatus.CREATING)
                .boundTo(6021, 6022)
                .includeDeprecated(false)
                .name("web-1")
                .labelSelector(LabelSelector.builder()
                        .eq("env", "prod")
                        .missing("gpu")
                        .in("tier", "a", "b")
                        .build())
                .architecture(Architecture.ARM)
                .sort(Sort.descending(ImageSortField.CREATED), Sort.ascending(ImageSortField.NAME))
                .page(2)
                .perPage(50)
                .build();

        Page<Image> page = images.list(request);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("type", havingExactly("snapshot", "backup"))
                        .withQueryParam("status", havingExactly("available", "creating"))
                        .withQueryParam("bound_to", havingExactly("6021", "6022"))
                        .withQueryParam("include_deprecated", equalTo("false"))
                        .withQueryParam("name", equalTo("web-1"))
                        .withQueryParam("label_selector", equalTo("env=prod,!gpu,tier in (a,b)"))
                        .withQueryParam("architecture", havingExactly("arm"))
                        .withQueryParam("sort", havingExactly("created:desc", "name:asc"))
                        .withQueryParam("page", havingExactly("2"))
                        .withQueryParam("per_page", havingExactly("50")));
        assertThat(rawUrl())
                .isEqualTo("/images?sort=created%3Adesc&sort=name%3Aasc&type=snapshot&type=backup"
                        + "&status=available&status=creating&bound_to=6021&bound_to=6022&include_deprecated=false"
                        + "&name=web-1&label_selector=env%3Dprod%2C%21gpu%2Ctier%20in%20%28a%2Cb%29"
                        + "&architecture=arm&page=2&per_page=50");
    }

    @Test
    void nameWithSpacesAndPlusReachesTheApiAsWritten() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-empty.json"))));

        images.list(ImageListRequest.builder().name("db backup 1+1 = 2").build());

        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("name", havingExactly("db backup 1+1 = 2")));
        assertThat(rawUrl()).isEqualTo("/images?name=db%20backup%201%2B1%20%3D%202");
    }

    @Test
    void rawLabelSelectorIsSentAsWritten() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-empty.json"))));

        images.list(ImageListRequest.builder()
                .labelSelector("env==prod,type!=database")
                .includeDeprecated(true)
                .build());

        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("label_selector", havingExactly("env==prod,type!=database"))
                        .withQueryParam("include_deprecated", havingExactly("true"))
                        .withQueryParam("type", absent())
                        .withQueryParam("page", absent())
                        .withQueryParam("per_page", absent()));
    }

    @Test
    @SkipContractValidation("answers unknown fields and enum values (type iso, status quarantined, architecture"
            + " riscv64, os_flavor arch) to prove they parse to UNKNOWN instead of failing")
    void unknownFieldsAndEnumValuesParseToUnknown() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/90210"))
                        .willReturn(okJson(Fixtures.json("images/image-unknown-values.json"))));

        Image image = images.retrieve(90210);

        assertThat(image.type()).isEqualTo(ImageType.of("iso"));
        assertThat(image.status()).isEqualTo(ImageStatus.of("quarantined"));
        assertThat(image.architecture()).isEqualTo(Architecture.of("riscv64"));
        assertThat(image.osFlavor()).isEqualTo(OsFlavor.of("arch"));
        assertThat(List.of(image.type(), image.status(), image.architecture(), image.osFlavor()))
                .noneMatch(ApiValue::isKnown);
        assertThat(image.name()).isEqualTo("archlinux-2026.07");
        assertThat(image.protection()).isEqualTo(new Image.Protection(false));
        assertThat(image.imageSize()).isEqualTo(0.9);
    }

    private static String rawUrl() {
        assertThat(api.server().getAllServeEvents()).hasSize(1);
        return api.server().getAllServeEvents().get(0).getRequest().getUrl();
    }
}
