package io.github.hetznerimages.test;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The checks behind {@link HetznerImagesFake}'s {@code assert*} methods, on the requests and changes recorded so
 * far. A failed check throws an {@link AssertionError} that lists what was recorded, so the test report says what
 * happened instead.
 */
final class FakeAssertions {

    private final FakeTransformer transformer;
    private final FakeStore store;

    FakeAssertions(FakeTransformer transformer, FakeStore store) {
        this.transformer = transformer;
        this.store = store;
    }

    void sent(Predicate<FakeRequest> expected) {
        Objects.requireNonNull(expected, "expected");
        if (transformer.journal().stream().noneMatch(expected)) {
            throw failure("no request matched the expectation", requests());
        }
    }

    void notSent(Predicate<FakeRequest> unexpected) {
        Objects.requireNonNull(unexpected, "unexpected");
        List<FakeRequest> matching =
                transformer.journal().stream().filter(unexpected).toList();
        if (!matching.isEmpty()) {
            throw failure("unexpected requests were sent: " + matching, requests());
        }
    }

    void sentCount(int expected) {
        int count = transformer.journal().size();
        if (count != expected) {
            throw failure("expected " + expected + " requests but " + count + " were sent", requests());
        }
    }

    void createdFrom(long serverId) {
        if (store.changes().created().stream().noneMatch(c -> c.serverId() == serverId)) {
            throw failure(
                    "no image was created from server " + serverId,
                    "created: " + store.changes().created());
        }
    }

    void deleted(long... imageIds) {
        TreeSet<Long> expected = Arrays.stream(imageIds).boxed().collect(Collectors.toCollection(TreeSet::new));
        TreeSet<Long> actual = new TreeSet<>(store.changes().deleted());
        if (!expected.equals(actual)) {
            throw failure(
                    "expected exactly the images " + expected + " to be deleted, but deleted were " + actual,
                    requests());
        }
    }

    void protectedFromDeletion(long imageId) {
        List<Changes.Protection> changes = store.changes().protections().stream()
                .filter(p -> p.imageId() == imageId)
                .toList();
        if (changes.isEmpty() || !changes.get(changes.size() - 1).delete()) {
            throw failure(
                    "image " + imageId + " was not protected from deletion by change_protection",
                    "protection changes: " + store.changes().protections());
        }
    }

    private String requests() {
        List<FakeRequest> journal = transformer.journal();
        return journal.isEmpty()
                ? "no requests were sent"
                : "requests sent:\n"
                        + journal.stream()
                                .map(r -> "  " + r + " -> " + r.status())
                                .collect(Collectors.joining("\n"));
    }

    private static AssertionError failure(String what, String context) {
        return new AssertionError(what + "\n" + context);
    }
}
