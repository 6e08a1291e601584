package io.github.hetznerimages.images.observation;

import io.micrometer.observation.Observation;
import java.util.Objects;

/**
 * What an observation of one images-service call knows: the operation (e.g. {@code retrieve_image}) and, once it
 * ended, the failure ({@link #getError()}, {@code null} on success).
 */
public class HetznerObservationContext extends Observation.Context {

    private final String operation;

    /**
     * Creates the context of one call.
     *
     * @param operation the operation's name, e.g. {@code list_images}
     */
    public HetznerObservationContext(String operation) {
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /** The operation's name, e.g. {@code list_images}: snake case, as the API names its operations. */
    public String operation() {
        return operation;
    }
}
