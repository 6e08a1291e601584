package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.error.ActionTimeoutException;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.sample.recipes.ErrorHandling.Advice;
import io.github.hetznerimages.test.FakeFault;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.FakeRoute;
import io.github.hetznerimages.test.FakeServer;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorHandlingTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    @Test
    void aMissingImageIsEmpty() {
        HetznerImagesFake hetzner = API.fake().add(FakeImage.snapshot(7));
        ErrorHandling recipe = new ErrorHandling(FakeApi.imagesOn(hetzner));

        assertThat(recipe.find(7)).map(Image::id).contains(7L);
        assertThat(recipe.find(8)).isEmpty();
    }

    @Test
    void otherApiErrorsArriveWithTheirCodeAndCorrelationId() {
        HetznerImagesFake hetzner = API.fake().add(FakeImage.snapshot(7));
        hetzner.failNext(FakeRoute.GET_IMAGE, 1, FakeFault.error(403, "forbidden", "token is read-only"));

        assertThatThrownBy(() -> new ErrorHandling(FakeApi.imagesOn(hetzner)).find(7))
                .isInstanceOfSatisfying(ErrorException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("forbidden");
                    assertThat(ex.correlationId()).isNotBlank();
                    assertThat(ErrorHandling.adviceFor(ex)).isEqualTo(Advice.FIX_THE_REQUEST);
                });
    }

    @Test
    void anUnreadableAnswerIsATransporterExceptionWithItsReason() {
        HetznerImagesFake hetzner = API.fake().add(FakeImage.snapshot(7));
        hetzner.failNext(FakeRoute.GET_IMAGE, 1, FakeFault.undecodable());

        assertThatThrownBy(() -> new ErrorHandling(FakeApi.imagesOn(hetzner)).find(7))
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        ex -> assertThat(ex.reason())
                                .isIn(
                                        TransporterException.Reason.EMPTY_BODY,
                                        TransporterException.Reason.TRUNCATED_BODY,
                                        TransporterException.Reason.NOT_JSON,
                                        TransporterException.Reason.UNDECODABLE));
    }

    @Test
    void aSnapshotWhoseAnswerWasLostIsFoundByItsRunLabelInsteadOfCreatedTwice() {
        HetznerImagesFake hetzner = API.fake().add(FakeServer.of(4711, "web-1"));
        hetzner.failNext(FakeRoute.CREATE_IMAGE, 1, FakeFault.slow(Duration.ofSeconds(1)));
        ErrorHandling recipe = new ErrorHandling(FakeApi.imagesOn(hetzner, Duration.ofMillis(200)));

        Image snapshot = recipe.snapshotOnce(4711, "run-42");

        assertThat(snapshot.labels()).containsEntry("run", "run-42");
        assertThat(hetzner.createdImageIds()).containsExactly(snapshot.id());
        assertThat(hetzner.requests().stream().filter(r -> r.is(FakeRoute.CREATE_IMAGE)))
                .hasSize(1);
    }

    @Test
    void aSnapshotThatWasNotCreatedAfterALostConnectionFailsWithTheTransporterException() {
        HetznerImagesFake hetzner = API.fake().add(FakeServer.of(4711, "web-1"));
        hetzner.failNext(FakeRoute.CREATE_IMAGE, 1, FakeFault.connectionReset());

        assertThatThrownBy(() -> new ErrorHandling(FakeApi.imagesOn(hetzner)).snapshotOnce(4711, "run-43"))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.outcomeUnknown()).isTrue();
                    assertThat(ErrorHandling.adviceFor(ex)).isEqualTo(Advice.CHECK_BEFORE_RETRY);
                });
        assertThat(hetzner.createdImageIds()).isEmpty();
        hetzner.assertSent(r -> r.is(FakeRoute.LIST_IMAGES) && "run=run-43".equals(r.queryParam("label_selector")));
    }

    @Test
    void passingConditionsAreRetriedLaterAndRefusalsAreFixed() {
        assertThat(ErrorHandling.adviceFor(error(423, "locked"))).isEqualTo(Advice.RETRY_LATER);
        assertThat(ErrorHandling.adviceFor(error(429, "rate_limit_exceeded"))).isEqualTo(Advice.RETRY_LATER);
        assertThat(ErrorHandling.adviceFor(error(503, "unavailable"))).isEqualTo(Advice.RETRY_LATER);
        assertThat(ErrorHandling.adviceFor(error(423, "protected"))).isEqualTo(Advice.FIX_THE_REQUEST);
        assertThat(ErrorHandling.adviceFor(new TransporterException(
                        "refused", TransporterException.Reason.CONNECT_FAILED, "GET", "/images", 0, false, null)))
                .isEqualTo(Advice.RETRY_LATER);
        assertThat(ErrorHandling.adviceFor(new ActionTimeoutException(
                        List.of(new Action(1, "create_image", ActionStatus.RUNNING, 50, null, null, List.of(), null)),
                        Duration.ofMinutes(30))))
                .isEqualTo(Advice.RETRY_LATER);
    }

    private static ErrorException error(int status, String code) {
        return new ErrorException("GET", "/images", status, code, "message", ErrorDetails.NONE, null, null);
    }
}
