package io.github.hetznerimages.bench;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImagesService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run of the library in a fresh JVM: a minimal Spring Boot application (auto-configuration only, no web
 * server) starts, then {@link ImagesService} does what a short-lived job does: {@code retrieve} of ids 1 to N one
 * after the other (the first of them is the first call of the JVM), then {@code listAll()} of every image. The
 * context start-up is timed on its own and is not part of the operation times.
 *
 * <p>Arguments: base URL, paging concurrency ({@code default} leaves {@code hetzner.paging.concurrency} unset),
 * number of retrieves.
 */
public final class FreshJvmLibraryRun {

    private FreshJvmLibraryRun() {}

    /** The smallest Spring Boot application: the starter's auto-configuration and nothing of its own. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {}

    /**
     * Runs once and prints a {@code RESULT} line; exits 1 when an answer is wrong.
     *
     * @param args base URL, paging concurrency or {@code default}, number of retrieves
     */
    public static void main(String[] args) {
        long mainStarted = System.nanoTime();
        FreshJvmReport report = new FreshJvmReport(mainStarted);
        FreshJvmReport.cpuNanos(); // loads what the CPU reading needs before anything is measured
        String baseUrl = args[0];
        String concurrency = args[1];
        int retrieves = Integer.parseInt(args[2]);
        List<String> properties = new ArrayList<>(List.of(
                "--hetzner.base-url=" + baseUrl,
                "--hetzner.token=" + FreshJvmRawRun.TOKEN,
                "--spring.main.banner-mode=off"));
        if (!concurrency.equals("default")) {
            properties.add("--hetzner.paging.concurrency=" + concurrency);
        }
        SpringApplication application = new SpringApplication(App.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        long started = System.nanoTime();
        long cpuStarted = FreshJvmReport.cpuNanos();
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            report.put("contextMs", FreshJvmReport.millis(System.nanoTime() - started));
            long cpu = FreshJvmReport.cpuNanos();
            report.put("contextCpuMs", FreshJvmReport.millis(cpu - cpuStarted));
            ImagesService images = context.getBean(ImagesService.class);

            long[] calls = new long[retrieves];
            for (int index = 0; index < retrieves; index++) {
                long id = index % FreshJvmServer.IMAGES + 1;
                long callStarted = System.nanoTime();
                Image image = images.retrieve(id);
                calls[index] = System.nanoTime() - callStarted;
                FreshJvmRawRun.check(image.id() == id, "retrieve(" + id + ") returned image " + image.id());
            }
            report.putCalls("retrieve", calls);
            long retrieveCpu = FreshJvmReport.cpuNanos();
            report.put("retrieveCpuMs", FreshJvmReport.millis(retrieveCpu - cpu));

            long listStarted = System.nanoTime();
            List<Image> all = images.listAll();
            report.put("listAllMs", FreshJvmReport.millis(System.nanoTime() - listStarted));
            report.put("listAllCpuMs", FreshJvmReport.millis(FreshJvmReport.cpuNanos() - retrieveCpu));
            FreshJvmRawRun.check(all.size() == FreshJvmServer.IMAGES, "listAll returned " + all.size() + " images");
            for (int index = 0; index < all.size(); index++) {
                FreshJvmRawRun.check(all.get(index).id() == index + 1, "listAll out of order at " + index);
            }
            report.put("images", all.size());
        }
        report.print();
        System.exit(0);
    }
}
