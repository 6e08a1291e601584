package io.github.hetznerimages.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The action lookups: by id, several ids at once, image actions with filters, sort and paging. */
class FakeActionListTest {

    private final HetznerImagesFake fake =
            HetznerImagesFake.builder().emptyProject().start();
    private final WireClient api = new WireClient(fake);

    @BeforeEach
    void seedActions() {
        fake.add(FakeImage.snapshot(3), FakeImage.snapshot(4));
        fake.add(
                FakeAction.succeeded(1, "change_protection").on("image", 3),
                FakeAction.running(2, "create_image")
                        .on("server", 7)
                        .on("image", 4)
                        .takes(Duration.ofSeconds(30)),
                FakeAction.failed(5, "change_protection", "locked", "image is locked")
                        .on("image", 4),
                FakeAction.succeeded(6, "start_server").on("server", 7));
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void severalActionsAreReadByIdInTheOrderAsked() {
        WireClient.Answer answer = api.get("/actions?id=6&id=2&id=999");

        assertThat(ids(answer)).containsExactly(6L, 2L);
        assertThat(answer.json().has("meta")).isFalse();
        assertThat(api.get("/actions").status()).isEqualTo(422);
    }

    @Test
    void imageActionsLeaveOutActionsOnOtherResources() {
        assertThat(ids(api.get("/images/actions"))).containsExactly(1L, 2L, 5L);
        assertThat(api.get("/images/actions/6").status()).isEqualTo(404);
        assertThat(api.get("/actions/6").status()).isEqualTo(200);
        assertThat(api.get("/images/actions/2").json().at("/action/command").asString())
                .isEqualTo("create_image");
    }

    @Test
    void imageActionsFilterSortAndPage() {
        assertThat(ids(api.get("/images/actions?status=success&status=error"))).containsExactly(1L, 5L);
        assertThat(ids(api.get("/images/actions?id=5&id=1"))).containsExactly(1L, 5L);
        assertThat(ids(api.get("/images/actions?sort=id:desc"))).containsExactly(5L, 2L, 1L);
        assertThat(ids(api.get("/images/actions?sort=command&sort=id:desc"))).containsExactly(5L, 1L, 2L);
        assertThat(ids(api.get("/images/actions?sort=finished:asc"))).containsExactly(1L, 5L, 2L);
        WireClient.Answer second = api.get("/images/actions?per_page=2&page=2");
        assertThat(ids(second)).containsExactly(5L);
        assertThat(second.json().at("/meta/pagination/previous_page").asLong()).isEqualTo(1);
        assertThat(api.get("/images/actions?sort=size").status()).isEqualTo(422);
        assertThat(api.get("/images/actions?status=done").status()).isEqualTo(422);
    }

    @Test
    void theActionsOfOneImageIncludeTheOneCreatingIt() {
        assertThat(ids(api.get("/images/4/actions"))).containsExactly(2L, 5L);
        assertThat(ids(api.get("/images/4/actions?status=running"))).containsExactly(2L);
        assertThat(api.get("/images/4/actions/5").json().at("/action/id").asLong())
                .isEqualTo(5);
        assertThat(api.get("/images/4/actions/1").status()).isEqualTo(404);
        assertThat(api.get("/images/9/actions").status()).isEqualTo(404);
    }

    private static List<Long> ids(WireClient.Answer answer) {
        return answer.json()
                .get("actions")
                .valueStream()
                .map(a -> a.get("id").asLong())
                .toList();
    }
}
