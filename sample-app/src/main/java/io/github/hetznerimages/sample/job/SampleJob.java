package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.sample.cli.CommandLineParser;
import io.github.hetznerimages.sample.cli.HelpCommand;
import io.github.hetznerimages.sample.cli.Invocation;
import io.github.hetznerimages.sample.cli.ListImagesCommand;
import io.github.hetznerimages.sample.cli.RotateCommand;
import io.github.hetznerimages.sample.cli.SampleCommand;
import io.github.hetznerimages.sample.cli.SnapshotCommand;
import io.github.hetznerimages.sample.cli.Usage;
import io.github.hetznerimages.sample.demo.DemoApi;
import io.github.hetznerimages.sample.output.SampleConsole;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The sample job: parses the arguments, runs the command against {@link ImagesService} and keeps the exit code
 * for {@code SpringApplication.exit}. A failure is reported in one line on the error stream (the stack trace only
 * with {@code --debug}), never thrown, so the application always shuts down in order.
 */
@Component
public class SampleJob implements ApplicationRunner, ExitCodeGenerator {

    private final ImagesService images;
    private final SampleConsole console;
    private final DemoApi demo;
    private volatile int exitCode = ExitCodes.SUCCESS;

    /**
     * Creates the job.
     *
     * @param images the images service of the starter
     * @param console where to write; the process's standard streams unless a {@link SampleConsole} bean exists
     * @param demo the embedded demo API, when the job runs against it
     */
    public SampleJob(ImagesService images, ObjectProvider<SampleConsole> console, ObjectProvider<DemoApi> demo) {
        this.images = images;
        this.console = console.getIfAvailable(SampleConsole::system);
        this.demo = demo.getIfAvailable();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = execute(List.of(arguments.getSourceArgs()));
    }

    /** The exit code of the last run: 0 on success, see {@link ExitCodes}. */
    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Runs one command line and returns its exit code. */
    int execute(List<String> args) {
        if (demo != null) {
            console.out()
                    .println("Running against the local demo API at " + demo.baseUrl()
                            + " (no token configured; set HCLOUD_TOKEN to use your Hetzner Cloud project).");
        }
        boolean debug = args.contains("--debug");
        try {
            Invocation invocation = CommandLineParser.parse(args);
            run(invocation.command());
            return ExitCodes.SUCCESS;
        } catch (RuntimeException failure) {
            FailureReport report = FailureReport.of(failure);
            console.out().flush();
            console.err().println(report.line());
            if (debug) {
                failure.printStackTrace(console.err());
            }
            return report.exitCode();
        } finally {
            console.out().flush();
        }
    }

    private void run(SampleCommand command) {
        if (command instanceof ListImagesCommand list) {
            new ListImagesTask(images, console).run(list);
        } else if (command instanceof SnapshotCommand snapshot) {
            new SnapshotTask(images, console).run(snapshot);
        } else if (command instanceof RotateCommand rotate) {
            new RotateTask(images, console).run(rotate);
        } else if (command instanceof HelpCommand) {
            console.out().println(Usage.text());
        }
    }
}
