package io.github.hetznerimages.test;

import java.time.Instant;

/**
 * The realistic project a {@link HetznerImagesFake} starts with unless told otherwise:
 *
 * <ul>
 *   <li>servers 4711 {@code web-1} (x86, Ubuntu 24.04, 40 GB), 4712 {@code db-1} (x86, Debian 12, 80 GB) and 4713
 *       {@code build-arm-1} (arm, Ubuntu 24.04, 40 GB);
 *   <li>system images {@code ubuntu-24.04} (161547269 x86, 161547270 arm), {@code debian-12} (114690387 x86,
 *       114690389 arm) and the deprecated {@code ubuntu-20.04} (15512617 x86); the app image {@code docker-ce}
 *       (186880001 x86);
 *   <li>daily snapshots of web-1, labels {@code app=web,backup_type=daily}: 302000001 to 302000005, created
 *       2026-11-18 to 2026-11-22 at 03:00 UTC, the 2026-11-20 one (302000003) protected from deletion; a weekly
 *       snapshot 303000001 ({@code app=web,backup_type=weekly}) and a db-1 snapshot 303000002 ({@code app=db});
 *   <li>a backup of web-1, 304000001.
 * </ul>
 *
 * That is 14 images, 13 of them listed without {@code include_deprecated}.
 */
final class DefaultProject {

    private DefaultProject() {}

    static void seed(FakeStore store) {
        store.add(FakeServer.of(4711, "web-1"));
        store.add(FakeServer.of(4712, "db-1").os("debian", "12").diskSize(80));
        store.add(FakeServer.of(4713, "build-arm-1").architecture("arm"));

        store.add(system(161547269, "ubuntu-24.04", "x86", "2024-04-25T12:00:00Z"));
        store.add(system(161547270, "ubuntu-24.04", "arm", "2024-04-25T12:00:00Z"));
        store.add(system(114690387, "debian-12", "x86", "2023-06-13T06:00:02Z").os("debian", "12"));
        store.add(system(114690389, "debian-12", "arm", "2023-06-13T06:00:02Z").os("debian", "12"));
        store.add(system(15512617, "ubuntu-20.04", "x86", "2020-04-23T19:55:14Z")
                .os("ubuntu", "20.04")
                .deprecated(Instant.parse("2025-05-01T00:00:00Z")));
        store.add(FakeImage.app(186880001, "docker-ce")
                .description("Docker CE on Ubuntu 24.04")
                .created(Instant.parse("2024-05-02T09:00:00Z")));

        for (int day = 18; day <= 22; day++) {
            long id = 302000000L + day - 17;
            FakeImage snapshot =
                    webSnapshot(id, "2026-11-" + day + "T03:00:00Z", "daily").description("web-1 daily 2026-11-" + day);
            store.add(day == 20 ? snapshot.protectedFromDeletion() : snapshot);
        }
        store.add(webSnapshot(303000001, "2026-11-16T04:00:00Z", "weekly").description("web-1 weekly 2026-W47"));
        store.add(FakeImage.snapshot(303000002)
                .description("db-1 before migration")
                .createdFrom(4712, "db-1")
                .os("debian", "12")
                .size(80, 6.1)
                .label("app", "db")
                .created(Instant.parse("2026-11-10T15:30:00Z")));
        store.add(FakeImage.backup(304000001, 4711)
                .description("web-1 2026-11-22 02:14")
                .createdFrom(4711, "web-1")
                .size(40, 2.49)
                .created(Instant.parse("2026-11-22T02:14:00Z")));
    }

    private static FakeImage system(long id, String name, String architecture, String created) {
        return FakeImage.system(id, name).architecture(architecture).created(Instant.parse(created));
    }

    private static FakeImage webSnapshot(long id, String created, String kind) {
        return FakeImage.snapshot(id)
                .createdFrom(4711, "web-1")
                .size(40, 2.46)
                .label("app", "web")
                .label("backup_type", kind)
                .created(Instant.parse(created));
    }
}
