package io.github.hetznerimages.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.test.WireClient.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The fake on the wire, default project, through a plain JDK HTTP client; its clock stands still until moved. */
class FakeWireTest {

    private static final long DAILY_OLDEST = 302000001L;
    private static final long DAILY_PROTECTED = 302000003L;
    private static final long DAILY_NEWEST = 302000005L;
    private static final long UBUNTU_24_X86 = 161547269L;

    private HetznerImagesFake fake;
    private WireClient api;

    @BeforeEach
    void startFake() {
        fake = HetznerImagesFake.builder().actionDuration(Duration.ofSeconds(4)).start();
        api = new WireClient(fake);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void listLeavesOutDeprecatedImagesUnlessAsked() {
        Answer standard = api.get("/images");
        Answer withDeprecated = api.get("/images?include_deprecated=true&per_page=50");

        assertThat(standard.status()).isEqualTo(200);
        assertThat(standard.json().at("/meta/pagination/total_entries").asLong())
                .isEqualTo(13);
        assertThat(standard.json().get("images").valueStream().map(i -> i.get("deprecated")))
                .allMatch(JsonNode::isNull);
        assertThat(withDeprecated.json().at("/meta/pagination/total_entries").asLong())
                .isEqualTo(14);
        assertThat(withDeprecated.json().get("images")).hasSize(14);
    }

    @Test
    void listPagesWithCompletePaginationMeta() {
        Answer first = api.get("/images?per_page=5");
        Answer second = api.get("/images?per_page=5&page=2");
        Answer last = api.get("/images?per_page=5&page=3");

        assertThat(second.json().get("images")).hasSize(5);
        assertThat(second.json().at("/meta/pagination").toString())
                .isEqualTo("{\"page\":2,\"per_page\":5,\"previous_page\":1,\"next_page\":3,\"last_page\":3,"
                        + "\"total_entries\":13}");
        assertThat(first.json().at("/meta/pagination/previous_page").isNull()).isTrue();
        assertThat(last.json().get("images")).hasSize(3);
        assertThat(last.json().at("/meta/pagination/next_page").isNull()).isTrue();
        assertThat(last.json().at("/meta/pagination/previous_page").asLong()).isEqualTo(2);

        List<Long> paged = new ArrayList<>();
        for (Answer page : List.of(first, second, last)) {
            page.json().get("images").forEach(i -> paged.add(i.get("id").asLong()));
        }
        assertThat(paged).doesNotHaveDuplicates().hasSize(13).isSorted();
    }

    @Test
    void listCapsThePageSizeAtFifty() {
        Answer answer = api.get("/images?per_page=500&include_deprecated=true");

        assertThat(answer.json().at("/meta/pagination/per_page").asLong()).isEqualTo(50);
    }

    @Test
    void listFiltersDailySnapshotsNewestFirst() {
        Answer answer =
                api.get("/images?type=snapshot&label_selector=" + encode("backup_type=daily") + "&sort=created:desc");

        assertThat(ids(answer)).containsExactly(DAILY_NEWEST, 302000004L, DAILY_PROTECTED, 302000002L, DAILY_OLDEST);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "app=web; 6",
                "app==web; 6",
                "backup_type; 6",
                "!backup_type; 1",
                "app=web,backup_type=weekly; 1",
                "backup_type in (weekly); 1",
                "backup_type notin (daily); 2",
                "app!=web; 1",
                "app=web,!backup_type; 0"
            })
    void labelSelectorsMatchLikeTheApi(String selector, int expected) {
        Answer answer = api.get("/images?type=snapshot&label_selector=" + encode(selector));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("images")).hasSize(expected);
    }

    @Test
    void listFiltersByArchitectureAndSortsByName() {
        Answer answer = api.get("/images?type=system&architecture=arm&sort=name");

        assertThat(answer.json()
                        .get("images")
                        .valueStream()
                        .map(i -> i.get("name").asString()))
                .containsExactly("debian-12", "ubuntu-24.04");
        assertThat(answer.json()
                        .get("images")
                        .valueStream()
                        .map(i -> i.get("architecture").asString()))
                .containsOnly("arm");
    }

    @Test
    void listFiltersBackupsByServer() {
        Answer answer = api.get("/images?type=backup&bound_to=4711");
        Answer other = api.get("/images?type=backup&bound_to=4712");

        assertThat(ids(answer)).containsExactly(304000001L);
        assertThat(other.json().get("images")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "type=disk; invalid type 'disk'",
                "architecture=mips; invalid architecture 'mips'",
                "sort=size:desc; invalid sort 'size:desc'",
                "page=0; page must be a positive integer, was '0'",
                "label_selector=a%20b%3D1; invalid label_selector 'a b=1'"
            })
    void listRefusesBadQueriesWithTheErrorEnvelope(String query, String message) {
        Answer answer = api.get("/images?" + query);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().toString())
                .isEqualTo("{\"error\":{\"code\":\"invalid_input\",\"message\":\"" + message + "\",\"details\":null}}");
    }

    @Test
    void getReturnsTheImageInTheApiShape() {
        Answer answer = api.get("/images/" + DAILY_PROTECTED);

        JsonNode image = answer.json().get("image");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(image.propertyNames())
                .containsExactly(
                        "id",
                        "type",
                        "status",
                        "name",
                        "description",
                        "image_size",
                        "disk_size",
                        "created",
                        "created_from",
                        "bound_to",
                        "os_flavor",
                        "os_version",
                        "rapid_deploy",
                        "protection",
                        "deprecated",
                        "deleted",
                        "labels",
                        "architecture");
        assertThat(image.get("protection").get("delete").asBoolean()).isTrue();
        assertThat(image.get("created_from").toString()).isEqualTo("{\"id\":4711,\"name\":\"web-1\"}");
        assertThat(image.get("labels").toString()).isEqualTo("{\"app\":\"web\",\"backup_type\":\"daily\"}");
    }

    @Test
    void getOfAnUnknownImageIsNotFound() {
        Answer answer = api.get("/images/999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().at("/error/code").asString()).isEqualTo("not_found");
        assertThat(answer.json().at("/error/message").asString()).isEqualTo("image with ID '999' not found");
    }

    @Test
    void deleteRefusesAProtectedSnapshotWith423() {
        Answer answer = api.delete("/images/" + DAILY_PROTECTED);

        assertThat(answer.status()).isEqualTo(423);
        assertThat(answer.json().toString())
                .isEqualTo("{\"error\":{\"code\":\"protected\",\"message\":\"image with ID '" + DAILY_PROTECTED
                        + "' is delete protected\",\"details\":null}}");
        assertThat(api.get("/images/" + DAILY_PROTECTED).status()).isEqualTo(200);
    }

    @Test
    void deleteRemovesASnapshot() {
        Answer answer = api.delete("/images/" + DAILY_OLDEST);

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.json()).isNull();
        assertThat(api.get("/images/" + DAILY_OLDEST).status()).isEqualTo(404);
        assertThat(api.delete("/images/" + DAILY_OLDEST)
                        .json()
                        .at("/error/code")
                        .asString())
                .isEqualTo("not_found");
    }

    @Test
    void deleteRefusesSystemImages() {
        Answer answer = api.delete("/images/" + UBUNTU_24_X86);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().at("/error/code").asString()).isEqualTo("unsupported_error");
    }

    @Test
    void snapshotActionProgressesWithTimeUntilTheImageIsAvailable() {
        Answer created = api.post(
                "/servers/4711/actions/create_image",
                "{\"type\":\"snapshot\",\"description\":\"before deploy\",\"labels\":{\"app\":\"web\"}}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode image = created.json().get("image");
        JsonNode action = created.json().get("action");
        assertThat(image.get("status").asString()).isEqualTo("creating");
        assertThat(image.get("name").isNull()).isTrue();
        assertThat(image.get("description").asString()).isEqualTo("before deploy");
        assertThat(image.get("labels").toString()).isEqualTo("{\"app\":\"web\"}");
        assertThat(action.get("command").asString()).isEqualTo("create_image");
        assertThat(action.get("status").asString()).isEqualTo("running");
        assertThat(action.get("progress").asInt()).isZero();
        assertThat(action.get("finished").isNull()).isTrue();
        assertThat(action.get("resources").toString()).isEqualTo("[{\"id\":4711,\"type\":\"server\"}]");

        long imageId = image.get("id").asLong();
        long actionId = action.get("id").asLong();
        String finished = WireTime.format(fake.now().plusSeconds(4));
        fake.advance(Duration.ofSeconds(1));
        assertThat(api.get("/actions/" + actionId).json().at("/action/progress").asInt())
                .isEqualTo(25);
        fake.advance(Duration.ofSeconds(1));
        JsonNode halfway = api.get("/images/actions/" + actionId).json().get("action");
        assertThat(halfway.get("progress").asInt()).isEqualTo(50);
        assertThat(halfway.get("status").asString()).isEqualTo("running");
        assertThat(api.get("/images/" + imageId).json().at("/image/status").asString())
                .isEqualTo("creating");

        fake.advance(Duration.ofSeconds(2));
        JsonNode done = api.get("/actions/" + actionId).json().get("action");
        assertThat(done.get("status").asString()).isEqualTo("success");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("finished").asString()).isEqualTo(finished);
        JsonNode available = api.get("/images/" + imageId).json().get("image");
        assertThat(available.get("status").asString()).isEqualTo("available");
        assertThat(available.get("image_size").isNumber()).isTrue();
        assertThat(ids(api.get("/images?type=snapshot&sort=created:desc")).get(0))
                .isEqualTo(imageId);
    }

    @Test
    void createImageIsLockedWhileTheServerIsBusy() {
        api.post("/servers/4711/actions/create_image", "{}");

        Answer second = api.post("/servers/4711/actions/create_image", "{}");

        assertThat(second.status()).isEqualTo(423);
        assertThat(second.json().at("/error/code").asString()).isEqualTo("locked");
    }

    @Test
    void createImageOfAnUnknownServerIsNotFound() {
        Answer answer = api.post("/servers/1/actions/create_image", "{}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().at("/error/message").asString()).isEqualTo("server with ID '1' not found");
        assertThat(api.get("/images?type=snapshot")
                        .json()
                        .at("/meta/pagination/total_entries")
                        .asLong())
                .isEqualTo(7);
    }

    @Test
    void createImageRefusesABodyThatIsNotJson() {
        Answer answer = api.post("/servers/4711/actions/create_image", "{not json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/error/code").asString()).isEqualTo("json_error");
    }

    @Test
    void changeProtectionGuardsTheSnapshotFromDeletion() {
        Answer protect = api.post("/images/" + DAILY_OLDEST + "/actions/change_protection", "{\"delete\":true}");

        assertThat(protect.status()).isEqualTo(201);
        assertThat(protect.json().at("/action/command").asString()).isEqualTo("change_protection");
        assertThat(protect.json().at("/action/status").asString()).isEqualTo("success");
        assertThat(protect.json().at("/action/resources").toString())
                .isEqualTo("[{\"id\":" + DAILY_OLDEST + ",\"type\":\"image\"}]");
        assertThat(api.delete("/images/" + DAILY_OLDEST).status()).isEqualTo(423);

        api.post("/images/" + DAILY_OLDEST + "/actions/change_protection", "{\"delete\":false}");
        assertThat(api.delete("/images/" + DAILY_OLDEST).status()).isEqualTo(204);
    }

    @Test
    void imageActionsListTheActionsOfOneImage() {
        long imageId = api.post("/servers/4711/actions/create_image", "{}")
                .json()
                .at("/image/id")
                .asLong();
        api.post("/images/" + imageId + "/actions/change_protection", "{\"delete\":true}");
        api.post("/images/" + DAILY_OLDEST + "/actions/change_protection", "{\"delete\":true}");

        Answer answer = api.get("/images/" + imageId + "/actions");

        assertThat(answer.json()
                        .get("actions")
                        .valueStream()
                        .map(a -> a.get("command").asString()))
                .containsExactly("create_image", "change_protection");
        assertThat(answer.json().at("/meta/pagination/total_entries").asLong()).isEqualTo(2);
    }

    @Test
    void updateReplacesLabelsAndDescription() {
        Answer answer =
                api.put("/images/" + DAILY_NEWEST, "{\"description\":\"keep me\",\"labels\":{\"pinned\":\"yes\"}}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/image/description").asString()).isEqualTo("keep me");
        assertThat(answer.json().at("/image/labels").toString()).isEqualTo("{\"pinned\":\"yes\"}");
        assertThat(api.get("/images/" + DAILY_NEWEST).json().at("/image/labels").toString())
                .isEqualTo("{\"pinned\":\"yes\"}");
    }

    @Test
    void updateConvertsABackupToASnapshot() {
        Answer answer = api.put("/images/304000001", "{\"type\":\"snapshot\"}");

        assertThat(answer.json().at("/image/type").asString()).isEqualTo("snapshot");
        assertThat(answer.json().at("/image/bound_to").isNull()).isTrue();
    }

    @Test
    void requestsWithoutTheTokenAreUnauthorized() {
        Answer answer = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(fake.baseUrl() + "/images")));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().toString())
                .isEqualTo("{\"error\":{\"code\":\"unauthorized\",\"message\":\"unable to authenticate\","
                        + "\"details\":null}}");
    }

    @Test
    void answersCarryRateLimitHeadersThatCountDown() {
        Answer first = api.get("/images/" + UBUNTU_24_X86);
        Answer second = api.get("/images/999");

        assertThat(first.header("RateLimit-Limit")).isEqualTo("3600");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("3599");
        assertThat(second.header("RateLimit-Remaining")).isEqualTo("3598");
        assertThat(Long.parseLong(second.header("RateLimit-Reset")))
                .isEqualTo(fake.now().getEpochSecond() + 2);
        assertThat(second.header("X-Correlation-Id")).startsWith("local-");
    }

    @Test
    void unknownPathsAnswerTheNotFoundEnvelope() {
        Answer answer = api.get("/servers?page=2");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().at("/error/code").asString()).isEqualTo("not_found");
        assertThat(answer.json().at("/error/message").asString()).isEqualTo("no such endpoint: GET /servers");
    }

    @Test
    void journalListsTheRequestsOldestFirst() {
        api.get("/images?type=snapshot");
        api.delete("/images/" + DAILY_OLDEST);
        api.get("/actions/5");

        assertThat(fake.requests())
                .extracting(FakeRequest::toString)
                .containsExactly(
                        "GET /v1/images?type=snapshot", "DELETE /v1/images/" + DAILY_OLDEST, "GET /v1/actions/5");
        assertThat(fake.requests()).extracting(FakeRequest::status).containsExactly(200, 204, 404);
    }

    @Test
    void closeStopsTheServer() {
        fake.close();

        assertThat(fake.isRunning()).isFalse();
    }

    private static List<Long> ids(Answer answer) {
        return answer.json()
                .get("images")
                .valueStream()
                .map(i -> i.get("id").asLong())
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
