package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hetznerimages.LabelSelector;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final LabelSelector DAILY = LabelSelector.parse("backup_type=daily");

    @Test
    void snapshotsWithoutSelectorAreTheDefaultScope() {
        RetentionPolicy policy = RetentionPolicy.builder().keepNewest(2).build();

        assertThat(policy.type()).isEqualTo(ImageType.SNAPSHOT);
        assertThat(policy.selector()).isNull();
        assertThat(policy.keepNewest()).isEqualTo(2);
        assertThat(policy.maxAge()).isNull();
        assertThat(policy.toListRequest().toString()).isEqualTo("ImageListRequest[sort=id:asc&type=snapshot]");
    }

    @Test
    void everyPartIsKeptAndSentAsFilters() {
        RetentionPolicy policy = RetentionPolicy.builder()
                .type(ImageType.BACKUP)
                .selector(DAILY)
                .keepNewest(7)
                .maxAge(Duration.ofDays(30))
                .build();

        assertThat(policy.type()).isEqualTo(ImageType.BACKUP);
        assertThat(policy.selector()).isEqualTo(DAILY);
        assertThat(policy.keepNewest()).isEqualTo(7);
        assertThat(policy.maxAge()).isEqualTo(Duration.ofDays(30));
        assertThat(policy.toListRequest().toString())
                .isEqualTo("ImageListRequest[sort=id:asc&type=backup&label_selector=backup_type=daily]");
        assertThat(policy)
                .hasToString("RetentionPolicy[type=backup, selector=backup_type=daily, keepNewest=7, maxAge=30d]");
    }

    @Test
    void equalPoliciesHaveEqualScopeAndRules() {
        RetentionPolicy a = RetentionPolicy.builder()
                .selector(DAILY)
                .maxAge(Duration.ofHours(12))
                .build();
        RetentionPolicy b = RetentionPolicy.builder()
                .selector(LabelSelector.parse("backup_type==daily"))
                .maxAge(Duration.ofMinutes(720))
                .build();

        assertThat(a)
                .isEqualTo(b)
                .hasSameHashCodeAs(b)
                .hasToString("RetentionPolicy[type=snapshot," + " selector=backup_type=daily, maxAge=12h]");
        assertThat(a)
                .isNotEqualTo(RetentionPolicy.builder()
                        .selector(DAILY)
                        .maxAge(Duration.ofHours(12))
                        .keepNewest(1)
                        .build())
                .isNotEqualTo(
                        RetentionPolicy.builder().maxAge(Duration.ofHours(12)).build());
    }

    @Test
    void aPolicyWithoutAnyRuleIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().selector(DAILY).build())
                .withMessage("a retention policy needs keepNewest, maxAge (or createdBefore) or both;"
                        + " without them it would keep nothing");
    }

    @Test
    void createdBeforeIsTheDateFormOfMaxAgeNotASecondOne() {
        Instant date = Instant.parse("2026-11-01T00:00:00Z");
        RetentionPolicy policy = RetentionPolicy.builder().createdBefore(date).build();

        assertThat(policy.createdBefore()).isEqualTo(date);
        assertThat(policy.maxAge()).isNull();
        assertThat(policy).hasToString("RetentionPolicy[type=snapshot, createdBefore=2026-11-01T00:00:00Z]");
        assertThat(policy)
                .isEqualTo(RetentionPolicy.builder().createdBefore(date).build());
        assertThat(policy)
                .isNotEqualTo(RetentionPolicy.builder()
                        .createdBefore(date.plusSeconds(1))
                        .build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder()
                        .maxAge(Duration.ofDays(7))
                        .createdBefore(date)
                        .build())
                .withMessage("set maxAge or createdBefore, not both: they are the same rule");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().createdBefore(null))
                .withMessage("createdBefore must not be null");
    }

    @Test
    void keepNewestIsOneOrMore() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().keepNewest(0))
                .withMessage("keepNewest must be 1 or more, was 0; leave it out to keep by age alone");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().keepNewest(-3))
                .withMessageStartingWith("keepNewest must be 1 or more, was -3");
    }

    @Test
    void maxAgeIsPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().maxAge(Duration.ZERO))
                .withMessage("maxAge must be positive, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().maxAge(Duration.ofDays(-1)))
                .withMessage("maxAge must be positive, was PT-24H");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().maxAge(null))
                .withMessage("maxAge must be positive, was null");
    }

    @Test
    void onlyDeletableTypesAndARealSelectorAreAccepted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().type(ImageType.SYSTEM))
                .withMessage("type must be snapshot or backup (the only images that can be deleted), was system");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().type(null))
                .withMessageEndingWith("was null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetentionPolicy.builder().selector(null))
                .withMessage("selector must not be null");
    }

    @Test
    void durationsAreWrittenInTheirShortestUnit() {
        assertThat(RetentionPolicy.shortDuration(Duration.ofDays(30))).isEqualTo("30d");
        assertThat(RetentionPolicy.shortDuration(Duration.ofHours(36))).isEqualTo("36h");
        assertThat(RetentionPolicy.shortDuration(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(RetentionPolicy.shortDuration(Duration.ofSeconds(61))).isEqualTo("61s");
        assertThat(RetentionPolicy.shortDuration(Duration.ofMillis(1500))).isEqualTo("PT1.5S");
    }
}
