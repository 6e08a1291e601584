package io.github.hetznerimages.test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The faults planned per route, used up one per request in the order planned. Thread-safe. */
final class Faults {

    private final Map<FakeRoute, Deque<FakeFault>> planned = new EnumMap<>(FakeRoute.class);

    synchronized void plan(FakeRoute route, int times, FakeFault fault) {
        Deque<FakeFault> queue = planned.computeIfAbsent(route, r -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** The next planned fault of the route, taken off the plan. */
    synchronized Optional<FakeFault> take(FakeRoute route) {
        Deque<FakeFault> queue = planned.get(route);
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
    }

    synchronized void clear() {
        planned.clear();
    }
}
