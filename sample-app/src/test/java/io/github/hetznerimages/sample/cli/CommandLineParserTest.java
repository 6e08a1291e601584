package io.github.hetznerimages.sample.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.RetentionPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineParserTest {

    @Test
    void noArgumentsListsAllImages() {
        Invocation invocation = parse();

        assertThat(invocation.command()).isEqualTo(ListImagesCommand.unfiltered());
        assertThat(invocation.debug()).isFalse();
    }

    @Test
    void imagesTakesItsFiltersWithOrWithoutTheCommandName() {
        ListImagesCommand expected = new ListImagesCommand(
                Set.of(ImageType.SNAPSHOT, ImageType.BACKUP),
                Optional.of(LabelSelector.parse("app=web")),
                Optional.of(Architecture.ARM));

        assertThat(parse(
                                "images",
                                "--type",
                                "snapshot",
                                "--type=backup",
                                "--selector",
                                "app=web",
                                "--architecture",
                                "arm")
                        .command())
                .isEqualTo(expected);
        assertThat(parse("--type", "snapshot,BACKUP", "--selector=app=web", "--architecture=ARM")
                        .command())
                .isEqualTo(expected);
    }

    @Test
    void snapshotTakesServerLabelsAndDescription() {
        Invocation invocation = parse(
                "snapshot",
                "--server",
                "4711",
                "--label",
                "app=web",
                "--label",
                "note=",
                "--description",
                "before deploy");

        assertThat(invocation.command())
                .isEqualTo(new SnapshotCommand(4711, Map.of("app", "web", "note", ""), Optional.of("before deploy")));
    }

    @Test
    void rotateIsADryRunUnlessApplied() {
        assertThat(parse("rotate", "--selector", "backup_type=daily", "--keep", "3")
                        .command())
                .isEqualTo(new RotateCommand(policy().keepNewest(3).build(), false));
        assertThat(parse("rotate", "--apply", "--keep=1", "--selector=backup_type=daily")
                        .command())
                .isEqualTo(new RotateCommand(policy().keepNewest(1).build(), true));
    }

    @Test
    void rotateTakesAMaxAgeAsSpringBootWritesDurations() {
        assertThat(parse("rotate", "--selector", "backup_type=daily", "--max-age", "30d")
                        .command())
                .isEqualTo(
                        new RotateCommand(policy().maxAge(Duration.ofDays(30)).build(), false));
        assertThat(parse("rotate", "--selector", "backup_type=daily", "--max-age=12h", "--keep", "2")
                        .command())
                .isEqualTo(new RotateCommand(
                        policy().keepNewest(2).maxAge(Duration.ofHours(12)).build(), false));
        assertThat(parse("rotate", "--selector", "backup_type=daily", "--max-age", "P30D", "--apply")
                        .command())
                .isEqualTo(
                        new RotateCommand(policy().maxAge(Duration.ofDays(30)).build(), true));
        assertThat(parse("rotate", "--selector", "backup_type=daily", "--max-age", "90m")
                        .command())
                .isEqualTo(new RotateCommand(
                        policy().maxAge(Duration.ofMinutes(90)).build(), false));
    }

    private static RetentionPolicy.Builder policy() {
        return RetentionPolicy.builder().selector(LabelSelector.parse("backup_type=daily"));
    }

    @Test
    void helpAndDebugAreAcceptedAnywhere() {
        assertThat(parse("rotate", "--help").command()).isInstanceOf(HelpCommand.class);
        assertThat(parse("-h").command()).isInstanceOf(HelpCommand.class);
        assertThat(parse("bogus", "--help").command()).isInstanceOf(HelpCommand.class);
        Invocation debug = parse("snapshot", "--debug", "--server", "1");
        assertThat(debug.debug()).isTrue();
        assertThat(debug.command()).isEqualTo(new SnapshotCommand(1, Map.of(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "deploy|unknown command 'deploy'; expected one of images, snapshot, rotate",
                "snapshot|snapshot needs --server ID, the server to snapshot",
                "snapshot --server abc|--server must be a positive whole number, was 'abc'",
                "snapshot --server 0|--server must be a positive whole number, was '0'",
                "snapshot --server 99999999999999999999|--server must be a positive whole number, was '99999999999999999999'",
                "snapshot --server|--server needs a value",
                "snapshot --server --label a=b|--server needs a value",
                "snapshot --server 1 --server 2|--server may be given only once",
                "snapshot --server 1 --label novalue|--label must look like KEY=VALUE, was 'novalue'",
                "snapshot --server 1 --label a=1 --label a=2|--label 'a' is given twice",
                "rotate --selector backup_type=daily --keep -1|--keep must be a whole number, 1 or more, was '-1'",
                "rotate --selector backup_type=daily --keep 0|--keep must be a whole number, 1 or more, was '0'",
                "rotate --selector backup_type=daily --keep many|--keep must be a whole number, 1 or more, was 'many'",
                "rotate --keep 3|rotate needs --selector SELECTOR, e.g. --selector backup_type=daily",
                "rotate --selector backup_type=daily|rotate needs --keep N (how many of the newest to keep), --max-age AGE (e.g. 30d) or both",
                "rotate --selector backup_type=daily --max-age 30|--max-age needs a unit, e.g. 30d or 30h, was '30'",
                "rotate --selector backup_type=daily --max-age month|--max-age must be a duration such as 30d, 12h or P30D, was 'month'",
                "rotate --selector backup_type=daily --max-age 0d|--max-age must be positive, was '0d'",
                "rotate --selector backup_type=daily --max-age -PT1H|--max-age must be positive, was '-PT1H'",
                "rotate --selector backup_type=daily --max-age 1d --max-age 2d|--max-age may be given only once",
                "rotate --selector= --keep 1|--selector must not be blank",
                "rotate --selector a=b --keep 1 --apply=yes|--apply takes no value",
                "images --type disk|--type must be one of system, app, snapshot, backup, was 'disk'",
                "images --architecture mips|--architecture must be one of x86, arm, was 'mips'",
                "images --server 4711|unknown option '--server' for images; expected --architecture, --selector, --type",
                "images extra|unexpected argument 'extra' for images",
                "-v|unexpected argument '-v' for images"
            })
    void badInputIsAOneLineMessage(String line, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLineParser.parse(List.of(line.split(" "))))
                .withMessage(message);
    }

    @Test
    void selectorsAreCheckedBeforeAnythingIsSent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("images", "--selector", "a b"))
                .withMessage("label selector 'a b' is invalid: cannot read requirement 'a b'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("rotate", "--selector", "backup_type=daily,,app=web", "--keep", "1"))
                .withMessage("label selector 'backup_type=daily,,app=web' is invalid: cannot read requirement ''");
        assertThat(parse("images", "--selector", "app==web, !pinned").command())
                .isEqualTo(new ListImagesCommand(
                        Set.of(), Optional.of(LabelSelector.parse("app=web,!pinned")), Optional.empty()));
    }

    @Test
    void labelsAreCheckedAgainstTheApisRules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("snapshot", "--server", "1", "--label", "bad key=x"))
                .withMessageStartingWith("label key 'bad key' is invalid");
    }

    private static Invocation parse(String... args) {
        return CommandLineParser.parse(List.of(args));
    }
}
