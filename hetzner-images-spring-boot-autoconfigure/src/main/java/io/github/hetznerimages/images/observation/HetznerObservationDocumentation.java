package io.github.hetznerimages.images.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observations the images services make, and their tags. */
public enum HetznerObservationDocumentation implements ObservationDocumentation {

    /** One call of an images-service method, e.g. {@code retrieve_image}, from its start to its result. */
    OPERATION {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultHetznerObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }
    };

    /** The low-cardinality tags of {@link #OPERATION}. */
    public enum LowCardinalityKeyNames implements KeyName {

        /** The operation, e.g. {@code list_images}, {@code create_image}, {@code wait_for_action}. */
        OPERATION {
            @Override
            public String asString() {
                return "operation";
            }
        },

        /**
         * How the call ended: {@code success}, {@code error} (the API answered with an error), {@code
         * transport_failure} (no usable answer), {@code action_failed}, {@code action_timeout}, {@code interrupted}
         * (while waiting for an action), {@code invalid_argument} (refused before any request) or {@code other}.
         */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /**
         * The API's error code for {@code error} (e.g. {@code not_found}; {@code unknown} for codes this version
         * does not know), the failure's reason for {@code transport_failure} (e.g. {@code timed_out}), else
         * {@code none}.
         */
        ERROR_CODE {
            @Override
            public String asString() {
                return "error.code";
            }
        }
    }
}
