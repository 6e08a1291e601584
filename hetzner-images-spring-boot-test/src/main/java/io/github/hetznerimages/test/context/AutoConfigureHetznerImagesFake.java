package io.github.hetznerimages.test.context;

import io.github.hetznerimages.test.HetznerImagesFake;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against a {@link HetznerImagesFake} instead of the real API: the fake starts with the test's
 * application context (one per cached context), {@code hetzner.base-url} and {@code hetzner.token} point at it
 * (over every other property source), and it is a bean the test can inject ({@code @Autowired HetznerImagesFake}).
 * Before each test method the fake is {@link HetznerImagesFake#reset() reset}, so seeds, planned faults and
 * recorded requests never leak from one test to the next.
 *
 * <p>Because the fake's clock only moves when the test moves it, waiting for actions should not sleep either:
 * unless the test's own properties say otherwise, actions are polled after 1 ms (at most every 50 ms) with a time
 * limit of 5 s, and retries back off from 1 ms. A test that forgets to {@link HetznerImagesFake#advance advance}
 * the clock fails fast with the library's action time-out instead of hanging.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureHetznerImagesFake {

    /** Whether the fake starts with its realistic default project ({@code false}: empty). */
    boolean defaultProject() default true;
}
