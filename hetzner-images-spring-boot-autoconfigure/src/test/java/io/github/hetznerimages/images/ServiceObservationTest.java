package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.observation.DefaultHetznerObservationConvention;
import io.github.hetznerimages.images.observation.HetznerObservationContext;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One {@code hetzner.images.operation} observation per service call, tagged with its operation and outcome. */
class ServiceObservationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final String NAME = DefaultHetznerObservationConvention.NAME;

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private ImagesService images;

    @BeforeEach
    void createServices() {
        ImageActionsService actions = new ImageActionsService(api.client(), WaitOptions.defaults(), registry, null);
        images = new ImagesService(api.client(), actions, registry, null);
    }

    private void assertSingleObservation(String operation, String outcome, String errorCode) {
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsEqualTo(1)
                .hasSingleObservationThat()
                .hasNameEqualTo(NAME)
                .hasContextualNameEqualTo(operation)
                .hasBeenStarted()
                .hasBeenStopped()
                .hasLowCardinalityKeyValue("operation", operation)
                .hasLowCardinalityKeyValue("outcome", outcome)
                .hasLowCardinalityKeyValue("error.code", errorCode);
    }

    /** The operation of each observation, and the operation of its parent ({@code -} for none). */
    private Map<String, String> parents() {
        Map<String, String> parents = new LinkedHashMap<>();
        TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(contexts -> {
            for (Observation.Context context : contexts) {
                ObservationView parent = context.getParentObservation();
                String parentOperation =
                        parent == null ? "-" : ((HetznerObservationContext) parent.getContextView()).operation();
                parents.merge(
                        ((HetznerObservationContext) context).operation(),
                        parentOperation,
                        (first, second) -> first.equals(second) ? first : first + "," + second);
            }
        });
        return parents;
    }

    @Test
    void aSuccessfulCallIsObservedWithOutcomeSuccess() {
        PollStubs.sequence(api.server(), "/images/4711", "image-available.json");

        images.retrieve(4711);

        assertSingleObservation("retrieve_image", "success", "none");
    }

    @Test
    void anErrorAnswerIsObservedWithTheApiErrorCode() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/4711"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("images/error-not-found.json"))));

        assertThatThrownBy(() -> images.retrieve(4711)).isInstanceOf(ErrorException.class);

        assertSingleObservation("retrieve_image", "error", "not_found");
    }

    @Test
    @SkipContractValidation("answers with an HTML page, as a proxy might")
    void aCallWithoutAUsableAnswerIsObservedWithTheTransportReason() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/4711"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "text/html")
                                .withBody("<html>gateway</html>")));

        assertThatThrownBy(() -> images.retrieve(4711))
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(TransporterException.Reason.NOT_JSON));

        assertSingleObservation("retrieve_image", "transport_failure", "not_json");
    }

    @Test
    void anInvalidArgumentIsObservedWithoutARequest() {
        assertThatThrownBy(() -> images.delete(0)).isInstanceOf(IllegalArgumentException.class);

        assertSingleObservation("delete_image", "invalid_argument", "none");
        assertThat(api.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aFailedActionIsObservedAsActionFailed() {
        PollStubs.sequence(api.server(), "/actions/13", "action-error.json");

        assertThatThrownBy(() -> images.actions().waitFor(SampleActions.running(13, 0)))
                .isInstanceOf(ActionFailedException.class);

        assertSingleObservation("wait_for_action", "action_failed", "none");
    }

    @Test
    void everyPageOfAListAllIsAListImagesObservationInsideTheListAll() {
        for (int page = 1; page <= 3; page++) {
            api.server()
                    .stubFor(get(urlPathEqualTo("/images"))
                            .withQueryParam("page", equalTo(String.valueOf(page)))
                            .willReturn(okJson(ImageFixtures.snapshotPage(
                                    page, 50, page * 100L, 2, page < 3 ? page + 1L : null, 3L, 6L))));
        }

        assertThat(images.listAll()).hasSize(6);

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsEqualTo(4)
                .forAllObservationsWithNameEqualTo(
                        NAME, observation -> observation.hasLowCardinalityKeyValue("outcome", "success"));
        // pages are fetched on paging threads: each page still has the list-all as its parent
        assertThat(parents())
                .containsExactly(Map.entry("list_all_images", "-"), Map.entry("list_images", "list_all_images"));
    }

    @Test
    void createAndWaitIsOneObservationHoldingItsSteps() {
        api.server()
                .stubFor(post(urlPathEqualTo("/servers/42/actions/create_image"))
                        .willReturn(aResponse()
                                .withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("actions/create-image-201.json"))));
        PollStubs.sequence(api.server(), "/actions/13", "action-success.json");
        PollStubs.sequence(api.server(), "/images/4711", "image-available.json");

        images.actions()
                .createFromServerAndWait(42, CreateImageRequest.snapshot().build(), WaitOptions.defaults());

        assertThat(parents())
                .containsOnly(
                        Map.entry("create_image_and_wait", "-"),
                        Map.entry("create_image", "create_image_and_wait"),
                        Map.entry("wait_for_action", "create_image_and_wait"),
                        Map.entry("retrieve_image", "create_image_and_wait"));
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsEqualTo(4)
                .forAllObservationsWithNameEqualTo(
                        NAME, observation -> observation.hasLowCardinalityKeyValue("outcome", "success"));
    }

    @Test
    void withAMeterHandlerEachOperationIsATimerWithTheSameTags() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry timed = ObservationRegistry.create();
        timed.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        PollStubs.sequence(api.server(), "/images/4711", "image-available.json");

        new ImagesService(api.client(), new ImageActionsService(api.client()), timed, null).retrieve(4711);

        assertThat(meters.get("hetzner.images.operation")
                        .tag("operation", "retrieve_image")
                        .tag("outcome", "success")
                        .tag("error.code", "none")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void withoutARegistryNothingIsObserved() {
        PollStubs.sequence(api.server(), "/images/4711", "image-available.json");
        ImagesService unobserved = new ImagesService(api.client(), new ImageActionsService(api.client()));

        assertThat(unobserved.retrieve(4711).id()).isEqualTo(4711);

        TestObservationRegistryAssert.assertThat(registry).doesNotHaveAnyObservation();
    }

    @Test
    void listOperationsAreNamedAfterWhatTheyList() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/actions"))
                        .willReturn(okJson(Fixtures.json("actions/images-actions-page.json"))));

        images.actions().list(ActionListRequest.all());

        assertSingleObservation("list_image_actions", "success", "none");
    }
}
