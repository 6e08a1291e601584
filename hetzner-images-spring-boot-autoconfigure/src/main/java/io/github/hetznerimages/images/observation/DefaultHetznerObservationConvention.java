package io.github.hetznerimages.images.observation;

import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.error.ActionInterruptedException;
import io.github.hetznerimages.error.ActionTimeoutException;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.observation.HetznerObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The default names and tags: observation {@value #NAME}, contextual name the operation, low-cardinality tags
 * {@code operation}, {@code outcome} and {@code error.code} (see {@link LowCardinalityKeyNames}). Extend it to add
 * tags, or implement {@link HetznerObservationConvention} to replace it.
 */
public class DefaultHetznerObservationConvention implements HetznerObservationConvention {

    /** The observation's name, and so the timer's: {@code hetzner.images.operation}. */
    public static final String NAME = "hetzner.images.operation";

    private static final String NONE = "none";

    /** Creates the default convention. */
    public DefaultHetznerObservationConvention() {}

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(HetznerObservationContext context) {
        return context.operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(HetznerObservationContext context) {
        Throwable error = context.getError();
        return KeyValues.of(
                LowCardinalityKeyNames.OPERATION.withValue(context.operation()),
                LowCardinalityKeyNames.OUTCOME.withValue(outcome(error)),
                LowCardinalityKeyNames.ERROR_CODE.withValue(errorCode(error)));
    }

    private static String outcome(@Nullable Throwable error) {
        if (error == null) {
            return "success";
        }
        if (error instanceof ErrorException) {
            return "error";
        }
        if (error instanceof TransporterException) {
            return "transport_failure";
        }
        if (error instanceof ActionFailedException) {
            return "action_failed";
        }
        if (error instanceof ActionTimeoutException) {
            return "action_timeout";
        }
        if (error instanceof ActionInterruptedException) {
            return "interrupted";
        }
        return error instanceof IllegalArgumentException ? "invalid_argument" : "other";
    }

    /** A bounded set of values: the known API codes, {@code unknown}, the transport reasons, {@code none}. */
    private static String errorCode(@Nullable Throwable error) {
        if (error instanceof ErrorException answer) {
            return answer.errorCode().value();
        }
        if (error instanceof TransporterException failure) {
            return failure.reason().name().toLowerCase(Locale.ROOT);
        }
        return NONE;
    }
}
