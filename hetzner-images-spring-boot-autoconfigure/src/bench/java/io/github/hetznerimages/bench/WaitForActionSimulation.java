package io.github.hetznerimages.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How many polls a wait for an action costs and how late it sees the action finish, on a simulated clock (no
 * real waits). Our schedule is modelled from {@code WaitOptions.defaults()} as agreed (first poll after 1 s, the
 * interval doubling up to 10 s, full rate-limit bucket so no slow-down); the official clients poll at a fixed
 * 0.5 s (hcloud-go) or 1 s. TODO(perf): switch {@link #ours} to the real {@code ImageActionsService.waitFor} with
 * a fake clock and sleeper once it lands on main.
 */
final class WaitForActionSimulation {

    /** Action durations, spread {@code ±10 %} around each nominal one so a lucky poll phase does not decide. */
    static final List<Duration> ACTIONS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5));

    private static final int SAMPLES = 1_001;

    private WaitForActionSimulation() {}

    /** One schedule's cost for one action length: mean polls, mean and worst delay until the finish is seen. */
    record Result(
            String schedule, Duration action, double meanPolls, double meanDelaySeconds, double maxDelaySeconds) {}

    /** Our modelled schedule: the wait before poll {@code n} (from 1). */
    static Duration ours(int poll) {
        long seconds = Math.min(10, 1L << Math.min(poll - 1, 10));
        return Duration.ofSeconds(seconds);
    }

    static List<Result> run() {
        List<Result> results = new ArrayList<>();
        for (Duration action : ACTIONS) {
            results.add(simulate("ours: 1 s doubling to 10 s", action, WaitForActionSimulation::ours));
            results.add(simulate("fixed 0.5 s (hcloud-go)", action, poll -> Duration.ofMillis(500)));
            results.add(simulate("fixed 1 s", action, poll -> Duration.ofSeconds(1)));
        }
        return results;
    }

    /** Polls at the schedule's times until one sees the action finished, for durations {@code action ±10 %}. */
    static Result simulate(String name, Duration action, IntFunction<Duration> waitBeforePoll) {
        double polls = 0;
        double delays = 0;
        double worst = 0;
        long nominal = action.toMillis();
        for (int sample = 0; sample < SAMPLES; sample++) {
            long finishesAt = Math.round(nominal * (0.9 + 0.2 * sample / (SAMPLES - 1)));
            long now = 0;
            int poll = 0;
            while (now < finishesAt) {
                poll++;
                now += waitBeforePoll.apply(poll).toMillis();
            }
            polls += poll;
            double delay = (now - finishesAt) / 1000.0;
            delays += delay;
            worst = Math.max(worst, delay);
        }
        return new Result(name, action, polls / SAMPLES, delays / SAMPLES, worst);
    }
}
