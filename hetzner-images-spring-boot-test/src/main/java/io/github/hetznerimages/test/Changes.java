package io.github.hetznerimages.test;

import java.util.ArrayList;
import java.util.List;

/**
 * What requests changed in the fake, in order: the images created (and from which server), deleted, updated and
 * whose protection changed. Only successful changes are recorded; a refused delete is no deletion. Thread-safe
 * through the store that owns it.
 */
final class Changes {

    /**
     * An image created by {@code create_image}.
     *
     * @param imageId the new image's id
     * @param serverId the server it was created from
     */
    record Created(long imageId, long serverId) {}

    /**
     * A successful {@code change_protection}.
     *
     * @param imageId the image
     * @param delete whether it is now protected from deletion
     */
    record Protection(long imageId, boolean delete) {}

    private final List<Created> created = new ArrayList<>();
    private final List<Long> deleted = new ArrayList<>();
    private final List<Long> updated = new ArrayList<>();
    private final List<Protection> protections = new ArrayList<>();

    synchronized void created(long imageId, long serverId) {
        created.add(new Created(imageId, serverId));
    }

    synchronized void deleted(long imageId) {
        deleted.add(imageId);
    }

    synchronized void updated(long imageId) {
        updated.add(imageId);
    }

    synchronized void protection(long imageId, boolean delete) {
        protections.add(new Protection(imageId, delete));
    }

    synchronized List<Created> created() {
        return List.copyOf(created);
    }

    synchronized List<Long> deleted() {
        return List.copyOf(deleted);
    }

    synchronized List<Long> updated() {
        return List.copyOf(updated);
    }

    synchronized List<Protection> protections() {
        return List.copyOf(protections);
    }

    synchronized void clear() {
        created.clear();
        deleted.clear();
        updated.clear();
        protections.clear();
    }
}
