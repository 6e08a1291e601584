package io.github.hetznerimages.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns off the contract check of {@link io.github.hetznerimages.testsupport.HetznerApiExtension} for one test
 * method or a whole test class, for tests that send or answer something off-contract on purpose (an unknown enum
 * value to prove tolerance, a malformed body to prove error handling). Say why: the reason is the documentation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SkipContractValidation {

    /** Why this test is off-contract on purpose, e.g. {@code "answers an os_flavor the spec does not know"}. */
    String value();
}
