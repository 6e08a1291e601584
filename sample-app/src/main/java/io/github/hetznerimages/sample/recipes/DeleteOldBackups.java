package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.RetentionPlan;
import io.github.hetznerimages.images.RetentionPolicy;
import io.github.hetznerimages.images.RetentionResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Use case 6: delete backups older than an age ("older than 7 days") or than a date, a dry run first: the plan
 * lists what would go and why, and only {@link #apply} deletes. Delete-protected backups are never deleted (the
 * plan skips them). Backups here are the images of type {@code backup}; for snapshots used as backups, scope the
 * policy with {@code type(ImageType.SNAPSHOT)} and a label selector instead.
 */
@Component
public class DeleteOldBackups {

    private final ImagesService images;
    private final Clock clock;

    /** Creates the recipe on the library's images service, measuring ages from the system clock. */
    @Autowired
    public DeleteOldBackups(ImagesService images) {
        this(images, Clock.systemUTC());
    }

    /** Creates the recipe measuring ages from this clock, e.g. a fixed clock in tests. */
    public DeleteOldBackups(ImagesService images, Clock clock) {
        this.images = images;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // tag::delete-older-than[]
    /** The dry run: which backups are older than {@code maxAge} and would be deleted; deletes nothing. */
    public RetentionPlan planOlderThan(Duration maxAge) {
        RetentionPolicy policy =
                RetentionPolicy.builder().type(ImageType.BACKUP).maxAge(maxAge).build();
        return images.retention().withClock(clock).plan(policy);
    }

    /** Deletes what the plan lists, after you have looked at it. */
    public RetentionResult apply(RetentionPlan plan) {
        return images.retention().apply(plan); // deletes exactly what the plan lists, nothing else
    }
    // end::delete-older-than[]

    // tag::delete-created-before[]
    /** The dry run for a date: which backups were created before {@code date} and would be deleted. */
    public RetentionPlan planCreatedBefore(Instant date) {
        RetentionPolicy policy = RetentionPolicy.builder()
                .type(ImageType.BACKUP)
                .createdBefore(date)
                .build();
        return images.retention().plan(policy);
    }
    // end::delete-created-before[]
}
