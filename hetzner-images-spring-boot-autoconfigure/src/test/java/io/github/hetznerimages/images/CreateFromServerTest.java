package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateFromServerTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final String CREATE_PATH = "/servers/42/actions/create_image";

    private ImageActionsService service() {
        return new ImageActionsService(api.client());
    }

    private static void stubCreated() {
        api.server()
                .stubFor(post(urlPathEqualTo(CREATE_PATH))
                        .willReturn(aResponse()
                                .withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("actions/create-image-201.json"))));
    }

    @Test
    void createFromServerSendsTypeDescriptionAndLabelsAndReturnsImageAndAction() {
        stubCreated();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", "web");
        labels.put("rotate", "daily");

        CreatedImage created = service()
                .createFromServer(
                        42,
                        CreateImageRequest.snapshot()
                                .description("before upgrade")
                                .labels(labels)
                                .build());

        api.server()
                .verify(postRequestedFor(urlPathEqualTo(CREATE_PATH))
                        .withRequestBody(equalToJson("{\"type\":\"snapshot\",\"description\":\"before upgrade\","
                                + "\"labels\":{\"app\":\"web\",\"rotate\":\"daily\"}}")));
        Image image = created.image();
        assertThat(image.id()).isEqualTo(4711);
        assertThat(image.type()).isEqualTo(ImageType.SNAPSHOT);
        assertThat(image.status()).isEqualTo(ImageStatus.CREATING);
        assertThat(image.createdFrom()).extracting(Image.CreatedFrom::id).isEqualTo(42L);
        Action action = created.action();
        assertThat(action.id()).isEqualTo(13);
        assertThat(action.command()).isEqualTo("create_image");
        assertThat(action.status()).isEqualTo(ActionStatus.RUNNING);
        assertThat(action.finished()).isNull();
        assertThat(action.resources()).containsExactly(new Action.Resource(42, "server"));
    }

    @Test
    void snapshotWithoutOptionsSendsOnlyTheType() {
        stubCreated();

        service().createFromServer(42, CreateImageRequest.snapshot().build());

        api.server()
                .verify(postRequestedFor(urlPathEqualTo(CREATE_PATH))
                        .withRequestBody(equalToJson("{\"type\":\"snapshot\"}")));
    }

    @Test
    void backupSendsTypeBackup() {
        stubCreated();

        service()
                .createFromServer(
                        42, CreateImageRequest.backup().description("nightly").build());

        api.server()
                .verify(postRequestedFor(urlPathEqualTo(CREATE_PATH))
                        .withRequestBody(equalToJson("{\"type\":\"backup\",\"description\":\"nightly\"}")));
    }

    @Test
    void connectionResetIsNotRepeatedAndReportsUnknownOutcomeWithAdvice() {
        api.server()
                .stubFor(post(urlPathEqualTo(CREATE_PATH))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> service()
                        .createFromServer(42, CreateImageRequest.snapshot().build()))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.outcomeUnknown()).isTrue();
                    assertThat(ex.method()).isEqualTo("POST");
                    assertThat(ex.path()).isEqualTo("/servers/{id}/actions/create_image");
                    assertThat(ex.getMessage())
                            .contains("was not repeated")
                            .contains("look for the new image before trying again")
                            .doesNotContain(HetznerApiExtension.TOKEN);
                });
        api.server().verify(exactly(1), postRequestedFor(urlPathEqualTo(CREATE_PATH)));
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    @Test
    void unavailableAnswerIsNotRetriedForCreate() {
        api.server()
                .stubFor(post(urlPathEqualTo(CREATE_PATH))
                        .willReturn(aResponse()
                                .withStatus(503)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"code\":\"unavailable\",\"message\":\"try later\"}}")));

        assertThatThrownBy(() -> service()
                        .createFromServer(42, CreateImageRequest.snapshot().build()))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.code()).isEqualTo("unavailable"));
        api.server().verify(exactly(1), postRequestedFor(urlPathEqualTo(CREATE_PATH)));
    }

    @Test
    void createFromServerAndWaitWaitsThenReturnsTheReReadAvailableImage() {
        stubCreated();
        PollStubs.sequence(api.server(), "/actions/13", "action-running-70.json", "action-success.json");
        PollStubs.sequence(api.server(), "/images/4711", "image-available.json");
        List<Action> progress = new ArrayList<>();

        Image image = service()
                .createFromServerAndWait(
                        42,
                        CreateImageRequest.snapshot()
                                .description("before upgrade")
                                .build(),
                        WaitOptions.defaults().withProgressListener(progress::add));

        assertThat(image.id()).isEqualTo(4711);
        assertThat(image.status()).isEqualTo(ImageStatus.AVAILABLE);
        assertThat(image.imageSize()).isEqualTo(2.7);
        assertThat(progress).extracting(Action::progress).containsExactly(70, 100);
        api.server().verify(exactly(1), postRequestedFor(urlPathEqualTo(CREATE_PATH)));
        api.server().verify(exactly(2), getRequestedFor(urlPathEqualTo("/actions/13")));
        api.server().verify(exactly(1), getRequestedFor(urlPathEqualTo("/images/4711")));
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
