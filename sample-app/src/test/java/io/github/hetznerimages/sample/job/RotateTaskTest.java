package io.github.hetznerimages.sample.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.hetznerimages.sample.testsupport.SampleRun;
import io.github.hetznerimages.sample.testsupport.SampleRun.Result;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rotate} end to end against a stubbed project of 36 daily snapshots: snapshot {@code i} (id
 * {@code 500 + i}) is {@code i * 12 h + 1 h} old, so every age limit falls hours away from any snapshot and the
 * real clock can be used; {@code i = 1, 4, 9, 30} are delete-protected.
 */
class RotateTaskTest {

    private static final int COUNT = 36;
    private static final Set<Integer> PROTECTED = Set.of(1, 4, 9, 30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WireMockServer api;

    @BeforeEach
    void startApi() {
        api = new WireMockServer(options().dynamicPort());
        api.start();
        api.stubFor(get(urlPathEqualTo("/v1/images"))
                .withQueryParam("type", equalTo("snapshot"))
                .withQueryParam("label_selector", equalTo("backup_type=daily"))
                .willReturn(okJson(dailySnapshots(Instant.now()))));
        api.stubFor(delete(urlPathMatching("/v1/images/\\d+"))
                .willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stopApi() {
        api.stop();
    }

    @Test
    void dryRunDeletesNothingAndApplyDeletesExactlyTheOldUnprotectedOnesBeyondTheNewestTwo() {
        Result dryRun = rotate("--selector", "backup_type=daily", "--keep", "2", "--max-age", "3d");

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.err()).isEmpty();
        List<String> lines = dryRun.outLines();
        assertThat(lines.get(0))
                .isEqualTo("36 snapshots match 'backup_type=daily' (dry run: nothing is deleted without --apply)");
        assertThat(lines.get(1))
                .startsWith("  keep          500  ")
                .endsWith("(among the newest 2 and younger than 3d)");
        assertThat(lines.get(5)).startsWith("  keep          504  ").endsWith("(younger than 3d)");
        assertThat(lines.get(7))
                .startsWith("  would delete  506  ")
                .endsWith("(older than 3d and not among the newest 2)");
        assertThat(lines.get(10))
                .startsWith("  skip          509  ")
                .endsWith("(delete-protected, but older than 3d and not among the newest 2)");
        assertThat(lines)
                .hasSize(38)
                .last()
                .isEqualTo("Dry run: would delete 28, keep 6, skip 2. Add --apply to delete.");
        assertThat(api.findAll(deleteRequestedFor(anyUrl()))).isEmpty();

        Result applied = rotate("--selector", "backup_type=daily", "--keep", "2", "--max-age", "3d", "--apply");

        assertThat(applied.exitCode()).isZero();
        assertThat(applied.outLines().get(7)).startsWith("  deleted       506  ");
        assertThat(applied.outLines()).last().isEqualTo("Deleted 28, kept 6, skipped 2.");
        // 3 d = 72 h: snapshots 0..5 are younger; of the older ones 9 and 30 are protected
        assertThat(deletedIds()).isEqualTo(ids(IntStream.range(6, COUNT).filter(i -> !PROTECTED.contains(i))));
    }

    @Test
    void theNewestAreKeptEvenWhenOlderThanTheMaxAge() {
        Result applied = rotate("--selector", "backup_type=daily", "--keep", "2", "--max-age", "6h", "--apply");

        assertThat(applied.exitCode()).isZero();
        assertThat(applied.outLines().get(2))
                .startsWith("  keep          501  ")
                .endsWith("(among the newest 2)");
        assertThat(applied.outLines()).last().isEqualTo("Deleted 31, kept 2, skipped 3.");
        // 6 h: only snapshot 0 is younger, 1 is kept as one of the newest 2; 4, 9 and 30 are protected
        assertThat(deletedIds()).isEqualTo(ids(IntStream.range(2, COUNT).filter(i -> !PROTECTED.contains(i))));
    }

    @Test
    void ageAloneAndAFailedDeletionEndsWithExitCode1AfterTheOthers() {
        api.stubFor(delete(urlEqualTo("/v1/images/533"))
                .willReturn(aResponse()
                        .withStatus(423)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"error\":{\"code\":\"locked\",\"message\":\"image is locked\",\"details\":null}}")));

        Result applied = rotate("--selector", "backup_type=daily", "--max-age", "P16D", "--apply");

        // 16 d = 384 h: snapshots 0..31 are younger, 32..35 are deleted, 33 fails
        assertThat(applied.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(applied.outLines())
                .filteredOn(line -> line.startsWith("  FAILED        533  "))
                .singleElement()
                .asString()
                .endsWith("  web-1 daily 533  (DELETE /images/{id} failed: HTTP 423 locked: image is locked)");
        assertThat(applied.outLines()).last().isEqualTo("Deleted 3, kept 32, skipped 0, failed 1.");
        assertThat(applied.errLines())
                .containsExactly("error: DELETE /images/{id} failed: HTTP 423 locked: image is locked");
        assertThat(deletedIds()).containsExactly(532L, 533L, 534L, 535L);
    }

    private Result rotate(String... args) {
        return SampleRun.run(
                Map.of("hetzner.token", "test-token", "hetzner.base-url", api.baseUrl() + "/v1"),
                false,
                prepend("rotate", args));
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private List<Long> deletedIds() {
        return api.findAll(deleteRequestedFor(anyUrl())).stream()
                .map(LoggedRequest::getUrl)
                .map(url -> Long.parseLong(url.substring("/v1/images/".length())))
                .sorted()
                .toList();
    }

    private static List<Long> ids(IntStream positions) {
        return positions.mapToObj(i -> 500L + i).toList();
    }

    private static String dailySnapshots(Instant now) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode images = root.putArray("images");
        for (int i = 0; i < COUNT; i++) {
            ObjectNode image = images.addObject();
            image.put("id", 500 + i);
            image.put("type", "snapshot");
            image.put("status", "available");
            image.putNull("name");
            image.put("description", "web-1 daily " + (500 + i));
            image.put("image_size", 2.5);
            image.put("disk_size", 40);
            image.put(
                    "created",
                    now.minus(Duration.ofHours(12L * i + 1))
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString());
            image.putObject("created_from").put("id", 4711).put("name", "web-1");
            image.putNull("bound_to");
            image.put("os_flavor", "ubuntu");
            image.put("os_version", "24.04");
            image.putObject("protection").put("delete", PROTECTED.contains(i));
            image.putNull("deprecated");
            image.putNull("deleted");
            image.putObject("labels").put("backup_type", "daily").put("app", "web");
            image.put("architecture", "x86");
        }
        ObjectNode pagination = root.putObject("meta").putObject("pagination");
        pagination.put("page", 1);
        pagination.put("per_page", 50);
        pagination.putNull("previous_page");
        pagination.putNull("next_page");
        pagination.put("last_page", 1);
        pagination.put("total_entries", COUNT);
        return JSON.writeValueAsString(root);
    }
}
