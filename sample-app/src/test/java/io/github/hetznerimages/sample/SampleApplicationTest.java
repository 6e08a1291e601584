package io.github.hetznerimages.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageSortField;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.sample.demo.DemoApi;
import io.github.hetznerimages.sample.testsupport.DemoImages;
import io.github.hetznerimages.sample.testsupport.SampleRun;
import io.github.hetznerimages.sample.testsupport.SampleRun.Result;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample end to end: the real application (starter, auto-configuration, services) against the demo API, once
 * embedded (no token) and once started by the test so that its state carries from one run to the next.
 */
class SampleApplicationTest {

    private static final String PROTECTED_DAILY_ROW = "302000004  snapshot  available  web-1 daily 2026-11-18 (before"
            + " kernel upgrade)  x86   2.46 GB   2026-11-18 03:00  yes        app=web,backup_type=daily";
    private static final String BACKUP_ROW = "304000001  backup    available  web-1 2026-11-22 02:14                   "
            + "       x86   2.49 GB   2026-11-22 02:14  no         -";

    private DemoApi demo;

    @BeforeEach
    void startDemo() {
        demo = DemoApi.start(Duration.ofMillis(500));
    }

    @AfterEach
    void stopDemo() {
        demo.close();
    }

    @Test
    void imagesWithoutATokenListsTheWholeDemoProject() {
        Result result = SampleRun.embedded();

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0))
                .matches("Running against the local demo API at http://127\\.0\\.0\\.1:\\d+/v1 \\(no token"
                        + " configured; set HCLOUD_TOKEN to use your Hetzner Cloud project\\)\\.");
        assertThat(lines.get(1)).startsWith("ID         TYPE      STATUS     NAME/DESCRIPTION");
        assertThat(lines.subList(2, lines.size() - 1)).hasSize(29).contains(PROTECTED_DAILY_ROW, BACKUP_ROW);
        assertThat(lines.get(2)).startsWith("208220440  system    available  fedora-41");
        assertThat(lines)
                .contains("15512617   system    available  ubuntu-20.04 (deprecated)                  "
                        + "     x86   -         2020-04-23 19:55  no         -");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("29 images");
        assertThat(result.embeddedRequests())
                .singleElement()
                .asString()
                .startsWith("GET /v1/images?")
                .contains("include_deprecated=true", "sort=created%3Adesc", "per_page=50")
                .doesNotContain("type=", "label_selector=", "architecture=");
    }

    @Test
    void imagesAppliesTypeSelectorAndArchitecture() {
        Result result = SampleRun.embedded(
                "images", "--type", "snapshot", "--selector", "backup_type=daily", "--architecture", "x86");

        assertThat(result.exitCode()).isZero();
        List<String> rows = result.outLines().subList(2, result.outLines().size() - 1);
        assertThat(rows).hasSize(8).allMatch(row -> row.endsWith("app=web,backup_type=daily"));
        assertThat(rows.get(0)).startsWith("302000008  snapshot  available  web-1 daily 2026-11-22");
        assertThat(rows.get(7)).startsWith("302000001  snapshot  available  web-1 daily 2026-11-15");
        assertThat(result.outLines().get(result.outLines().size() - 1)).isEqualTo("8 images");
        assertThat(result.embeddedRequests())
                .singleElement()
                .asString()
                .contains("type=snapshot", "label_selector=backup_type%3Ddaily", "architecture=x86");
    }

    @Test
    void snapshotShowsProgressLinesAndPrintsTheFinishedImage() {
        Result result = SampleRun.against(
                demo,
                false,
                "snapshot",
                "--server",
                "4711",
                "--label",
                "backup_type=daily",
                "--label",
                "app=web",
                "--description",
                "nightly");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("Creating snapshot 304000002 of server 4711 (action 587000001)");
        List<String> progress =
                lines.stream().filter(l -> l.startsWith("Snapshot: ")).toList();
        assertThat(progress).first().isEqualTo("Snapshot: 0%");
        assertThat(progress).last().isEqualTo("Snapshot: 100%");
        assertThat(progress.stream()
                        .map(l -> Integer.parseInt(l.replaceAll("\\D", "")))
                        .toList())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(lines.get(progress.size() + 1)).matches("Snapshot 304000002 is available after [01] s:");
        assertThat(lines.get(lines.size() - 1))
                .matches("304000002  snapshot  available  nightly           x86   2\\.48 GB  "
                        + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  no         app=web,backup_type=daily");

        List<String> requests = demo.requests();
        assertThat(requests.stream().filter(r -> r.startsWith("POST ")))
                .containsExactly("POST /v1/servers/4711/actions/create_image");
        assertThat(requests.get(requests.size() - 1)).isEqualTo("GET /v1/images/304000002");
        assertThat(requests.subList(1, requests.size() - 1)).allMatch(r -> r.equals("GET /v1/actions/587000001"));
    }

    @Test
    void snapshotOnATerminalRedrawsOneProgressBarInPlace() {
        Result result = SampleRun.against(demo, true, "snapshot", "--server", "4711");

        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines[0]).isEqualTo("Creating snapshot 304000002 of server 4711 (action 587000001)");
        assertThat(lines[1])
                .startsWith("\rSnapshot [------------------------------]   0%\r")
                .endsWith("\rSnapshot [##############################] 100%");
        assertThat(lines[2]).startsWith("Snapshot 304000002 is available");
        assertThat(result.out()).doesNotContain("Snapshot: ");
    }

    @Test
    void rotateDryRunPrintsThePlanAndApplyDeletesOnlyUnprotectedOlderSnapshots() {
        SampleRun.against(demo, false, "snapshot", "--server", "4711", "--label", "backup_type=daily");
        int before = demo.requests().size();

        Result dryRun = SampleRun.against(demo, false, "rotate", "--selector", "backup_type=daily", "--keep", "3");

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.outLines().get(0))
                .isEqualTo("9 snapshots match 'backup_type=daily' (dry run: nothing is deleted without --apply)");
        assertThat(dryRun.outLines().get(1))
                .startsWith("  keep          304000002  ")
                .endsWith("  (among the newest 3)");
        assertThat(dryRun.outLines().subList(2, dryRun.outLines().size()))
                .containsExactly(
                        "  keep          302000008  2026-11-22 03:00  web-1 daily 2026-11-22  (among the newest 3)",
                        "  keep          302000007  2026-11-21 03:00  web-1 daily 2026-11-21  (among the newest 3)",
                        "  would delete  302000006  2026-11-20 03:00  web-1 daily 2026-11-20  (not among the newest 3)",
                        "  would delete  302000005  2026-11-19 03:00  web-1 daily 2026-11-19  (not among the newest 3)",
                        "  skip          302000004  2026-11-18 03:00  web-1 daily 2026-11-18 (before kernel upgrade)"
                                + "  (delete-protected, but not among the newest 3)",
                        "  would delete  302000003  2026-11-17 03:00  web-1 daily 2026-11-17  (not among the newest 3)",
                        "  would delete  302000002  2026-11-16 03:00  web-1 daily 2026-11-16  (not among the newest 3)",
                        "  would delete  302000001  2026-11-15 03:00  web-1 daily 2026-11-15  (not among the newest 3)",
                        "Dry run: would delete 5, keep 3, skip 1. Add --apply to delete.");
        assertThat(demo.requests().subList(before, demo.requests().size())).noneMatch(r -> r.startsWith("DELETE"));

        Result applied =
                SampleRun.against(demo, false, "rotate", "--selector", "backup_type=daily", "--keep", "3", "--apply");

        assertThat(applied.exitCode()).isZero();
        assertThat(applied.outLines())
                .contains(
                        "  deleted       302000006  2026-11-20 03:00  web-1 daily 2026-11-20  (not among the newest 3)",
                        "  deleted       302000001  2026-11-15 03:00  web-1 daily 2026-11-15  (not among the newest 3)",
                        "  skip          302000004  2026-11-18 03:00  web-1 daily 2026-11-18 (before kernel upgrade)"
                                + "  (delete-protected, but not among the newest 3)")
                .endsWith("Deleted 5, kept 3, skipped 1.");
        assertThat(demo.requests().stream().filter(r -> r.startsWith("DELETE")))
                .containsExactly(
                        "DELETE /v1/images/302000006",
                        "DELETE /v1/images/302000005",
                        "DELETE /v1/images/302000003",
                        "DELETE /v1/images/302000002",
                        "DELETE /v1/images/302000001");
        assertThat(DemoImages.of(demo)
                        .listAll(ImageListRequest.builder()
                                .types(ImageType.SNAPSHOT)
                                .labelSelector("backup_type=daily")
                                .sort(Sort.descending(ImageSortField.CREATED))
                                .build()))
                .extracting(Image::id)
                .containsExactly(304000002L, 302000008L, 302000007L, 302000004L);
    }
}
