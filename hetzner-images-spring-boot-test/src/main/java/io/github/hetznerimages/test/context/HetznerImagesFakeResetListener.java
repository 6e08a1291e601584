package io.github.hetznerimages.test.context;

import io.github.hetznerimages.test.HetznerImagesFake;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the context's {@link HetznerImagesFake} before each test method (before the test's {@code @BeforeEach}
 * methods run, so those can seed it). Does nothing for contexts without a fake or not yet loaded. Registered in
 * {@code META-INF/spring.factories}.
 */
class HetznerImagesFakeResetListener extends AbstractTestExecutionListener {

    /** Late, after dependency injection. */
    @Override
    public int getOrder() {
        return 5000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(HetznerImagesFake.class)
                    .ifAvailable(HetznerImagesFake::reset);
        }
    }
}
