package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Error handling with the library's two exception types: {@link ErrorException} (the API answered with an error:
 * {@code isNotFound()}, {@code code()}, {@code correlationId()}) and {@link TransporterException} (no usable answer:
 * {@code reason()}, {@code outcomeUnknown()}). The library has already retried what is safe to retry when either
 * arrives; {@link #adviceFor} says what is left to do.
 */
@Component
public class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public ErrorHandling(ImagesService images) {
        this.images = images;
    }

    // tag::error-handling-read[]
    /** The image, or empty when it does not exist; other failures are logged and thrown. */
    public Optional<Image> find(long imageId) {
        try {
            return Optional.of(images.retrieve(imageId));
        } catch (ErrorException ex) {
            if (ex.isNotFound()) {
                return Optional.empty();
            }
            // e.g. code "forbidden"; quote the correlation id when asking Hetzner support
            log.warn(
                    "Hetzner refused: {} (correlation id {})",
                    ex.code(),
                    ex.correlationId() != null ? ex.correlationId() : "-");
            throw ex;
        } catch (TransporterException ex) {
            // no usable answer, and the retries the library allows are used up
            log.warn("no answer from Hetzner ({}, outcome unknown: {})", ex.reason(), ex.outcomeUnknown());
            throw ex;
        }
    }
    // end::error-handling-read[]

    // tag::error-handling-create[]
    /**
     * Snapshots the server at most once per run id, also when the answer to {@code create_image} is lost: the run id
     * is a label, and after a failure whose outcome is unknown the snapshot is looked up by it before anything else.
     */
    public Image snapshotOnce(long serverId, String runId) {
        CreateImageRequest request =
                CreateImageRequest.snapshot().labels(Map.of("run", runId)).build();
        try {
            CreatedImage created = images.actions().createFromServer(serverId, request);
            images.actions().waitFor(created.action());
            return images.retrieve(created.image().id());
        } catch (TransporterException ex) {
            if (!ex.outcomeUnknown()) {
                throw ex; // nothing was created: safe to try again later
            }
            return images.findNewest(ImageListRequest.builder()
                            .types(ImageType.SNAPSHOT)
                            .labelSelector(
                                    LabelSelector.builder().eq("run", runId).build())
                            .build())
                    .orElseThrow(() -> ex); // not created after all: safe to try again
        }
    }
    // end::error-handling-create[]

    // tag::error-handling-advice[]
    /** What to do after a failure the library did not recover from by itself. */
    public enum Advice {
        /** The request is wrong or not allowed (not found, invalid, protected, unauthorized): do not repeat it. */
        FIX_THE_REQUEST,
        /** A passing condition (rate limit, lock, conflict, server error, no connection): try again later. */
        RETRY_LATER,
        /** The API may have carried the request out: check its effect before you repeat it. */
        CHECK_BEFORE_RETRY
    }

    /** The advice for a failure of any call of the library. */
    public static Advice adviceFor(HetznerException failure) {
        if (failure instanceof ErrorException error) {
            boolean passing = error.isRateLimited() || error.isLocked() || error.isConflict() || error.isServerError();
            return passing ? Advice.RETRY_LATER : Advice.FIX_THE_REQUEST;
        }
        if (failure instanceof TransporterException transport) {
            return transport.outcomeUnknown() ? Advice.CHECK_BEFORE_RETRY : Advice.RETRY_LATER;
        }
        return Advice.RETRY_LATER; // an action failed, timed out or the wait was interrupted
    }
    // end::error-handling-advice[]
}
