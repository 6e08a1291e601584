package io.github.hetznerimages.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Seeding the fake: images, servers and actions in code or JSON, and reset back to the seed it started with. */
class FakeSeedingTest {

    private final HetznerImagesFake fake =
            HetznerImagesFake.builder().emptyProject().start();
    private final WireClient api = new WireClient(fake);

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void seededImagesAreServedInTheApiShape() {
        fake.add(
                FakeImage.system(1, "ubuntu-24.04").architecture("arm"),
                FakeImage.app(2, "docker-ce").os("ubuntu", "22.04"),
                FakeImage.snapshot(3)
                        .description("web-1 nightly")
                        .createdFrom(4711, "web-1")
                        .labels(Map.of("backup", "nightly"))
                        .size(80, 3.5)
                        .created(Instant.parse("2026-11-20T03:00:00Z"))
                        .protectedFromDeletion(),
                FakeImage.backup(4, 4711).status("creating"),
                FakeImage.system(5, "centos-7").deprecated(Instant.parse("2024-06-30T00:00:00Z")));

        JsonNode snapshot = api.get("/images/3").json().get("image");

        assertThat(snapshot.toString())
                .isEqualTo("{\"id\":3,\"type\":\"snapshot\",\"status\":\"available\",\"name\":null,"
                        + "\"description\":\"web-1 nightly\",\"image_size\":3.5,\"disk_size\":80.0,"
                        + "\"created\":\"2026-11-20T03:00:00+00:00\",\"created_from\":{\"id\":4711,\"name\":\"web-1\"},"
                        + "\"bound_to\":null,\"os_flavor\":\"ubuntu\",\"os_version\":\"24.04\",\"rapid_deploy\":false,"
                        + "\"protection\":{\"delete\":true},\"deprecated\":null,\"deleted\":null,"
                        + "\"labels\":{\"backup\":\"nightly\"},\"architecture\":\"x86\"}");
        assertThat(api.get("/images/1").json().at("/image/architecture").asString())
                .isEqualTo("arm");
        assertThat(api.get("/images/4").json().at("/image/bound_to").asLong()).isEqualTo(4711);
        assertThat(api.get("/images/4").json().at("/image/status").asString()).isEqualTo("creating");
        assertThat(api.get("/images")
                        .json()
                        .at("/meta/pagination/total_entries")
                        .asLong())
                .isEqualTo(4);
        assertThat(api.get("/images/1").json().at("/image/created").asString())
                .as("created when added, on the fake's clock")
                .isEqualTo(WireTime.format(fake.now()));
        assertThat(fake.imageIds()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aSeededServerIsTheSourceOfNewImages() {
        fake.add(FakeServer.of(7, "build-1")
                .architecture("arm")
                .os("debian", "12")
                .diskSize(160));

        JsonNode image = api.post("/servers/7/actions/create_image", "{\"type\":\"backup\"}")
                .json()
                .get("image");

        assertThat(image.get("type").asString()).isEqualTo("backup");
        assertThat(image.get("bound_to").asLong()).isEqualTo(7);
        assertThat(image.get("architecture").asString()).isEqualTo("arm");
        assertThat(image.get("os_flavor").asString()).isEqualTo("debian");
        assertThat(image.get("disk_size").asInt()).isEqualTo(160);
        assertThat(image.get("id").asLong()).isEqualTo(100_000_001L);
    }

    @Test
    void seededActionsFollowTheClock() {
        fake.add(
                FakeAction.running(10, "create_image")
                        .on("server", 7)
                        .on("image", 3)
                        .takes(Duration.ofSeconds(10)),
                FakeAction.succeeded(11, "change_protection").on("image", 3),
                FakeAction.failed(12, "create_image", "image_creation_failed", "disk unreadable")
                        .on("server", 7)
                        .startedAt(fake.now().minusSeconds(60)));

        assertThat(api.get("/actions/10").json().at("/action/progress").asInt()).isZero();
        fake.advance(Duration.ofSeconds(5));
        assertThat(api.get("/actions/10").json().at("/action/progress").asInt()).isEqualTo(50);
        fake.advance(Duration.ofSeconds(5));
        assertThat(api.get("/actions/10").json().at("/action/status").asString())
                .isEqualTo("success");
        assertThat(api.get("/actions/11").json().at("/action/status").asString())
                .isEqualTo("success");
        JsonNode failed = api.get("/actions/12").json().get("action");
        assertThat(failed.get("status").asString()).isEqualTo("error");
        assertThat(failed.get("error").toString())
                .isEqualTo("{\"code\":\"image_creation_failed\",\"message\":\"disk unreadable\"}");
        assertThat(api.post("/images/99/actions/change_protection", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void jsonDocumentsSeedImagesInTheWireShapeAndServers() {
        fake.load("{\"images\":[{\"id\":42,\"type\":\"snapshot\",\"description\":\"recorded\","
                + "\"labels\":{\"env\":\"prod\"}}],"
                + "\"servers\":[{\"id\":9,\"name\":\"db-9\",\"disk_size\":20}]}");

        JsonNode image = api.get("/images/42").json().get("image");
        assertThat(image.get("description").asString()).isEqualTo("recorded");
        assertThat(image.get("labels").toString()).isEqualTo("{\"env\":\"prod\"}");
        assertThat(image.get("protection").toString())
                .as("filled with a default")
                .isEqualTo("{\"delete\":false}");
        assertThat(api.post("/servers/9/actions/create_image", "{}").status()).isEqualTo(201);
    }

    @Test
    void badSeedsAreRefusedWithAClearMessage() {
        fake.add(FakeImage.snapshot(1));

        assertThatThrownBy(() -> fake.add(FakeImage.snapshot(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fake already has a image with id 1");
        assertThatThrownBy(() -> FakeImage.snapshot(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be between 1 and 2^53-1, was 0");
        assertThatThrownBy(() -> FakeImage.system(1, "x").architecture("mips"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("architecture must be x86 or arm, was 'mips'");
        assertThatThrownBy(() -> FakeImage.snapshot(2).status("gone"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 'gone'");
        assertThatThrownBy(() -> FakeImage.snapshot(2).size(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sizes must be positive");
        assertThatThrownBy(() -> FakeServer.of(3, "a").diskSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("diskSize must be positive, was 0");
        assertThatThrownBy(() -> FakeAction.running(4, "x").takes(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be zero or positive, was PT-1S");
        assertThatThrownBy(() -> fake.load("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a JSON document");
        assertThatThrownBy(() -> fake.load("{\"images\":[{\"id\":5,\"type\":\"disk\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("image type must be system, app, snapshot or backup");
        assertThatThrownBy(() -> HetznerImagesFake.builder().basePath("v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("basePath must be empty or like /v1, was v1");
        assertThatThrownBy(() -> fake.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetGoesBackToTheStartingProject() {
        try (HetznerImagesFake withDefaults = HetznerImagesFake.start()) {
            WireClient client = new WireClient(withDefaults);
            Instant start = withDefaults.now();
            withDefaults.add(FakeImage.snapshot(1)).advance(Duration.ofHours(1));
            withDefaults.failNext(FakeRoute.GET_IMAGE, 1, FakeFault.unavailable());
            client.delete("/images/302000001");

            withDefaults.reset();

            assertThat(withDefaults.now()).isEqualTo(start);
            assertThat(withDefaults.imageIds()).hasSize(14).contains(302000001L).doesNotContain(1L);
            assertThat(withDefaults.requests()).isEmpty();
            assertThat(withDefaults.deletedImageIds()).isEmpty();
            assertThat(client.get("/images/302000001").status())
                    .as("no planned fault left")
                    .isEqualTo(200);
            assertThat(client.get("/images/302000001").header("RateLimit-Remaining"))
                    .isEqualTo("3598");
        }
    }

    @Test
    void otherBasePathsAndTokensAreServed() {
        try (HetznerImagesFake root =
                HetznerImagesFake.builder().basePath("").token("t0k3n").start()) {
            WireClient client = new WireClient(root);

            assertThat(root.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(root.properties())
                    .containsEntry("hetzner.base-url", root.baseUrl())
                    .containsEntry("hetzner.token", "t0k3n");
            assertThat(client.get("/images/161547269").status()).isEqualTo(200);
        }
    }
}
