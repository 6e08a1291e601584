package io.github.hetznerimages.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's assertions pass on what happened and fail, listing what happened, on what did not. */
class FakeAssertionsTest {

    private final HetznerImagesFake fake = HetznerImagesFake.start();
    private final WireClient api = new WireClient(fake);

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void nothingSentAndNothingDeletedHoldOnAFreshFake() {
        fake.assertNothingSent();
        fake.assertNothingDeleted();

        api.get("/images");

        assertThatThrownBy(fake::assertNothingSent)
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected 0 requests but 1 were sent\nrequests sent:\n  GET /v1/images -> 200");
    }

    @Test
    void sentAndNotSentMatchRequestsByRouteAndContent() {
        api.get("/images?type=snapshot&label_selector=app%3Dweb");

        fake.assertSent(r -> r.is(FakeRoute.LIST_IMAGES) && "app=web".equals(r.queryParam("label_selector")));
        fake.assertNotSent(r -> r.is(FakeRoute.DELETE_IMAGE));
        fake.assertSentCount(1);
        assertThatThrownBy(() -> fake.assertSent(r -> r.is(FakeRoute.CREATE_IMAGE)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("no request matched the expectation\nrequests sent:\n  GET /v1/images?");
        assertThatThrownBy(() -> fake.assertNotSent(r -> r.is(FakeRoute.LIST_IMAGES)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("unexpected requests were sent: [GET /v1/images?");
        assertThatThrownBy(() -> fake.assertSentCount(2)).isInstanceOf(AssertionError.class);
    }

    @Test
    void deletedNamesExactlyTheImagesDeleted() {
        api.delete("/images/302000002");
        api.delete("/images/302000001");
        api.delete("/images/302000003"); // protected: refused, so not deleted

        fake.assertDeleted(302000001L, 302000002L);
        assertThat(fake.deletedImageIds()).containsExactly(302000002L, 302000001L);
        assertThatThrownBy(() -> fake.assertDeleted(302000001L))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected exactly the images [302000001] to be deleted, but deleted were"
                        + " [302000001, 302000002]");
        assertThatThrownBy(fake::assertNothingDeleted).isInstanceOf(AssertionError.class);
    }

    @Test
    void createdFromNamesTheServer() {
        api.post("/servers/4712/actions/create_image", "{}");

        fake.assertCreatedFrom(4712);
        assertThat(fake.createdImageIds()).containsExactly(304000002L);
        assertThatThrownBy(() -> fake.assertCreatedFrom(4711))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("no image was created from server 4711");
    }

    @Test
    void protectedMeansTheLastChangeTurnedProtectionOn() {
        api.post("/images/302000001/actions/change_protection", "{\"delete\":true}");
        api.post("/images/302000002/actions/change_protection", "{\"delete\":true}");
        api.post("/images/302000002/actions/change_protection", "{\"delete\":false}");

        fake.assertProtected(302000001L);
        assertThatThrownBy(() -> fake.assertProtected(302000002L))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("image 302000002 was not protected from deletion by change_protection");
        assertThatThrownBy(() -> fake.assertProtected(302000003L))
                .as("protected from the start, but not by a request")
                .isInstanceOf(AssertionError.class);
    }
}
