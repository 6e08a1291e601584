package io.github.hetznerimages.test;

import static io.github.hetznerimages.test.FakeImage.requireId;
import static io.github.hetznerimages.test.FakeImage.requireText;

import java.util.Set;

/**
 * A server in a {@link HetznerImagesFake}, the source of {@code create_image}: its name, architecture, operating
 * system and disk size become the new image's. Immutable; e.g. {@code FakeServer.of(4711, "web-1").diskSize(80)}.
 *
 * @param id the server's id
 * @param name the server's name
 * @param architecture {@code x86} or {@code arm}
 * @param osFlavor the operating system, e.g. {@code ubuntu}
 * @param osVersion its version, e.g. {@code 24.04}
 * @param diskSize the disk size in GB
 */
public record FakeServer(long id, String name, String architecture, String osFlavor, String osVersion, int diskSize) {

    private static final Set<String> ARCHITECTURES = Set.of("x86", "arm");

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException for an invalid id, a blank text, an unknown architecture or a disk size below 1
     */
    public FakeServer {
        requireId("id", id);
        requireText("name", name);
        requireText("osFlavor", osFlavor);
        requireText("osVersion", osVersion);
        if (!ARCHITECTURES.contains(architecture)) {
            throw new IllegalArgumentException("architecture must be x86 or arm, was " + architecture);
        }
        if (diskSize < 1) {
            throw new IllegalArgumentException("diskSize must be positive, was " + diskSize);
        }
    }

    /** An x86 server with Ubuntu 24.04 and a 40 GB disk. */
    public static FakeServer of(long id, String name) {
        return new FakeServer(id, name, "x86", "ubuntu", "24.04", 40);
    }

    /** The same server on this architecture, {@code x86} or {@code arm}. */
    public FakeServer architecture(String value) {
        return new FakeServer(id, name, value, osFlavor, osVersion, diskSize);
    }

    /** The same server with this operating system, e.g. {@code os("debian", "12")}. */
    public FakeServer os(String flavor, String version) {
        return new FakeServer(id, name, architecture, flavor, version, diskSize);
    }

    /** The same server with this disk size in GB. */
    public FakeServer diskSize(int value) {
        return new FakeServer(id, name, architecture, osFlavor, osVersion, value);
    }
}
