package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.Sort;
import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.error.ErrorCode;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImagesServiceReadWriteTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private ImageActionsService actions;
    private ImagesService images;

    @BeforeEach
    void createService() {
        actions = new ImageActionsService(api.client());
        images = new ImagesService(api.client(), actions);
    }

    @Test
    void retrieveParsesEveryFieldOfASystemImageWithRapidDeploy() {
        api.server()
                .stubFor(get(urlEqualTo("/images/161547269"))
                        .willReturn(okJson(Fixtures.json("images/image-system.json"))));

        Image image = images.retrieve(161547269L);

        assertThat(image).isEqualTo(ImageFixtures.systemUbuntuArm());
        assertThat(image.rapidDeploy()).isTrue();
        assertThat(image.imageSize()).isNull();
        assertThat(image.name()).isEqualTo("ubuntu-24.04");
        api.server()
                .verify(getRequestedFor(urlEqualTo("/images/161547269"))
                        .withHeader("Authorization", equalTo("Bearer " + HetznerApiExtension.TOKEN)));
    }

    @Test
    void retrieveParsesASnapshotWithoutRapidDeployAsNull() {
        api.server()
                .stubFor(get(urlEqualTo("/images/4711"))
                        .willReturn(okJson(Fixtures.json("images/image-snapshot.json"))));

        Image image = images.retrieve(4711);

        assertThat(image).isEqualTo(ImageFixtures.snapshot());
        assertThat(image.rapidDeploy()).isNull();
        assertThat(image.name()).isNull();
        assertThat(image.labels()).containsEntry("keep", "").containsEntry("example.com/build", "nightly");
        assertThat(image.createdFrom()).isEqualTo(new Image.CreatedFrom(5010, "web-1"));
        assertThat(image.deleteProtected()).isTrue();
    }

    @Test
    void retrieveOfAMissingImageThrowsNotFoundNamingThePathTemplate() {
        api.server()
                .stubFor(get(urlEqualTo("/images/999"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("X-Correlation-Id", "c0ffee-17")
                                .withBody(Fixtures.json("images/error-not-found.json"))));

        assertThatThrownBy(() -> images.retrieve(999)).isInstanceOfSatisfying(ErrorException.class, ex -> {
            assertThat(ex.isNotFound()).isTrue();
            assertThat(ex.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(ex.correlationId()).isEqualTo("c0ffee-17");
            assertThat(ex.getMessage()).startsWith("GET /images/{id} failed: HTTP 404 not_found");
        });
        assertThat(api.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    @SkipContractValidation("answers a field the spec does not declare instead of the image, to prove the client"
            + " reports the answer as unusable")
    void retrieveOfAnAnswerWithoutImageFailsAsUnusable() {
        api.server().stubFor(get(urlEqualTo("/images/5")).willReturn(okJson("{\"something\":{}}")));

        assertThatThrownBy(() -> images.retrieve(5))
                .isInstanceOf(TransporterException.class)
                .hasMessage("GET /images/{id}: HTTP 200 with an answer without 'image'");
    }

    @Test
    @SkipContractValidation("answers without the images and pagination the spec requires, to prove the client"
            + " reports it as unusable")
    void listOfAnAnswerWithoutImagesFailsAsUnusable() {
        api.server().stubFor(get(urlPathEqualTo("/images")).willReturn(okJson("{\"meta\":{}}")));

        assertThatThrownBy(() -> images.list())
                .isInstanceOf(TransporterException.class)
                .hasMessage("GET /images: HTTP 200 with an answer without 'images'");
    }

    @Test
    void findByNameSendsNameArchitectureAndIncludesDeprecatedImages() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images"))
                        .willReturn(okJson(ImageFixtures.listAnswer("images/image-system.json"))));

        Optional<Image> found = images.findByName("ubuntu-24.04", Architecture.ARM);

        assertThat(found).contains(ImageFixtures.systemUbuntuArm());
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("name", havingExactly("ubuntu-24.04"))
                        .withQueryParam("architecture", havingExactly("arm"))
                        .withQueryParam("include_deprecated", havingExactly("true")));
        assertThat(api.server().getAllServeEvents().get(0).getRequest().getUrl())
                .isEqualTo("/images?include_deprecated=true&name=ubuntu-24.04&architecture=arm");
    }

    @Test
    void findByNameIsEmptyWhenNoImageHasTheName() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-empty.json"))));

        assertThat(images.findByName("ubuntu-99.04", Architecture.X86)).isEmpty();
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("name", havingExactly("ubuntu-99.04"))
                        .withQueryParam("architecture", havingExactly("x86")));
    }

    @Test
    void findNewestSendsOneRequestSortedByCreationWithOneEntryReplacingSortAndPaging() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images"))
                        .willReturn(okJson(ImageFixtures.listAnswer("images/image-snapshot.json"))));
        ImageListRequest request = ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .labelSelector("env=prod")
                .sort(Sort.ascending(ImageSortField.NAME))
                .page(3)
                .perPage(20)
                .build();

        Optional<Image> newest = images.findNewest(request);

        assertThat(newest).contains(ImageFixtures.snapshot());
        assertThat(api.server().getAllServeEvents()).hasSize(1);
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("type", havingExactly("snapshot"))
                        .withQueryParam("label_selector", havingExactly("env=prod"))
                        .withQueryParam("sort", havingExactly("created:desc", "id:desc"))
                        .withQueryParam("per_page", havingExactly("1"))
                        .withQueryParam("page", absent()));
    }

    @Test
    void findNewestIsEmptyWhenNothingMatches() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-empty.json"))));

        assertThat(images.findNewest(ImageListRequest.all())).isEmpty();
        assertThat(api.server().getAllServeEvents().get(0).getRequest().getUrl())
                .isEqualTo("/images?sort=created%3Adesc&sort=id%3Adesc&per_page=1");
    }

    @Test
    void updateSendsOnlyTheChangedFieldsAndReturnsTheUpdatedImage() {
        api.server()
                .stubFor(put(urlEqualTo("/images/4711"))
                        .willReturn(okJson(Fixtures.json("images/image-snapshot-updated.json"))));

        Image updated = images.update(
                4711,
                ImageUpdateRequest.builder()
                        .description("web-1 after upgrade")
                        .labels(Map.of("env", "staging"))
                        .build());

        assertThat(updated.description()).isEqualTo("web-1 after upgrade");
        assertThat(updated.labels()).isEqualTo(Map.of("env", "staging"));
        assertThat(updated.rapidDeploy()).isFalse();
        assertThat(updated.created()).isEqualTo(OffsetDateTime.parse("2026-07-08T02:15:31Z"));
        api.server()
                .verify(putRequestedFor(urlEqualTo("/images/4711"))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson(
                                "{\"description\":\"web-1 after upgrade\",\"labels\":{\"env\":\"staging\"}}")));
    }

    @Test
    void updateConvertingABackupSendsTypeSnapshotOnly() {
        api.server()
                .stubFor(put(urlEqualTo("/images/202405301"))
                        .willReturn(okJson(Fixtures.json("images/image-snapshot.json"))));

        images.update(
                202405301L, ImageUpdateRequest.builder().convertToSnapshot().build());

        api.server()
                .verify(putRequestedFor(urlEqualTo("/images/202405301"))
                        .withRequestBody(equalToJson("{\"type\":\"snapshot\"}")));
    }

    @Test
    void updateWithAnEmptyLabelMapSendsEmptyLabelsToRemoveThemAll() {
        api.server()
                .stubFor(put(urlEqualTo("/images/4711"))
                        .willReturn(okJson(Fixtures.json("images/image-snapshot.json"))));
        Map<String, String> none = new LinkedHashMap<>();

        images.update(4711, ImageUpdateRequest.builder().labels(none).build());

        api.server()
                .verify(putRequestedFor(urlEqualTo("/images/4711")).withRequestBody(equalToJson("{\"labels\":{}}")));
    }

    @Test
    void deleteSendsDeleteAndAcceptsNoContent() {
        api.server()
                .stubFor(delete(urlEqualTo("/images/4711"))
                        .willReturn(aResponse().withStatus(204)));

        images.delete(4711);

        api.server()
                .verify(
                        1,
                        deleteRequestedFor(urlEqualTo("/images/4711"))
                                .withHeader("Authorization", equalTo("Bearer " + HetznerApiExtension.TOKEN)));
    }

    @Test
    void deleteOfAProtectedImageThrowsProtectedWithoutRetrying() {
        api.server()
                .stubFor(delete(urlEqualTo("/images/4711"))
                        .willReturn(aResponse()
                                .withStatus(423)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("images/error-protected.json"))));

        assertThatThrownBy(() -> images.delete(4711))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.PROTECTED));
        assertThat(api.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void rateLimitShowsTheLatestHeadersAndIsEmptyBeforeTheFirstAnswer() {
        api.server()
                .stubFor(get(urlEqualTo("/images/4711"))
                        .willReturn(okJson(Fixtures.json("images/image-snapshot.json"))
                                .withHeader("RateLimit-Limit", "3600")
                                .withHeader("RateLimit-Remaining", "3542")
                                .withHeader("RateLimit-Reset", "1783476000")));
        assertThat(images.rateLimit()).isEmpty();

        images.retrieve(4711);

        assertThat(images.rateLimit()).hasValueSatisfying(rateLimit -> {
            assertThat(rateLimit.limit()).isEqualTo(3600);
            assertThat(rateLimit.remaining()).isEqualTo(3542);
            assertThat(rateLimit.reset().getEpochSecond()).isEqualTo(1783476000L);
        });
        assertThat(images.rateLimit().map(RateLimit::exhausted)).contains(false);
    }

    @Test
    void actionsIsTheServiceItWasCreatedWith() {
        assertThat(images.actions()).isSameAs(actions);
    }
}
