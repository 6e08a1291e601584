package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageRetention;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.RetentionPlan;
import io.github.hetznerimages.images.RetentionPlan.Entry;
import io.github.hetznerimages.images.RetentionResult;
import io.github.hetznerimages.images.RetentionResult.Outcome;
import io.github.hetznerimages.sample.cli.RotateCommand;
import io.github.hetznerimages.sample.output.ImageFormat;
import io.github.hetznerimages.sample.output.SampleConsole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code rotate}: plans with the library's retention ({@link ImagesService#retention()}) and prints one line per
 * snapshot with its decision and the reason. Without {@code --apply} nothing is deleted; with it the planned
 * snapshots are deleted and each line says how that went. A failed deletion does not stop the others, but the job
 * then ends with the first failure (exit code 1).
 */
final class RotateTask {

    private final ImagesService images;
    private final SampleConsole console;

    RotateTask(ImagesService images, SampleConsole console) {
        this.images = images;
        this.console = console;
    }

    void run(RotateCommand command) {
        ImageRetention retention = images.retention();
        RetentionPlan plan = retention.plan(command.policy());
        console.out()
                .println(plan.entries().size() + " snapshots match '"
                        + command.policy().selector() + "'"
                        + (command.apply() ? "" : " (dry run: nothing is deleted without --apply)"));
        if (!command.apply()) {
            plan.entries().forEach(entry -> line(verb(entry, "would delete"), entry.image(), entry.reason()));
            console.out()
                    .println("Dry run: would delete " + plan.toDelete().size() + ", keep "
                            + plan.kept().size() + ", skip " + plan.skipped().size() + ". Add --apply to delete.");
            return;
        }
        RetentionResult result = retention.apply(plan);
        Map<Long, Outcome> outcomes = result.outcomes().stream()
                .collect(Collectors.toMap(outcome -> outcome.image().id(), Function.identity()));
        for (Entry entry : plan.entries()) {
            Outcome outcome = outcomes.get(entry.image().id());
            if (outcome == null) {
                line(verb(entry, "delete"), entry.image(), entry.reason());
            } else {
                line(
                        verb(outcome),
                        entry.image(),
                        outcome.failure() != null ? outcome.failure().getMessage() : entry.reason());
            }
        }
        List<String> summary = new ArrayList<>(List.of(
                "Deleted " + result.deleted().size(),
                "kept " + plan.kept().size(),
                "skipped " + plan.skipped().size()));
        if (!result.complete()) {
            summary.add("failed " + result.failures().size());
        }
        if (!result.notAttempted().isEmpty()) {
            summary.add("not tried " + result.notAttempted().size());
        }
        console.out().println(String.join(", ", summary) + ".");
        if (!result.complete()) {
            throw result.failures().get(0).failure();
        }
    }

    private static String verb(Entry entry, String delete) {
        return switch (entry.decision()) {
            case KEEP -> "keep";
            case SKIP -> "skip";
            case DELETE -> delete;
        };
    }

    private static String verb(Outcome outcome) {
        return switch (outcome.status()) {
            case DELETED -> "deleted";
            case ALREADY_DELETED -> "already gone";
            case FAILED -> "FAILED";
            case NOT_ATTEMPTED -> "not tried";
        };
    }

    private void line(String verb, Image image, String reason) {
        console.out()
                .println(String.format(
                        Locale.ROOT,
                        "  %-12s  %d  %s  %s  (%s)",
                        verb,
                        image.id(),
                        ImageFormat.created(image),
                        ImageFormat.title(image),
                        reason));
    }
}
