package io.github.hetznerimages.images;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.Sort;
import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.observation.HetznerObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The images part of the Hetzner Cloud API: list, read, update and delete images, and reach the image actions.
 * Every input is checked before a request is sent (a clear {@link IllegalArgumentException} naming the parameter);
 * API errors arrive as {@link ErrorException}, failures without a usable answer as {@link TransporterException}.
 * Thread-safe; one instance per application (the auto-configuration provides it as a bean).
 *
 * <p>The class is {@code final} on purpose: there is one implementation, over HTTP, and the library tests it against
 * a stubbed API (WireMock) rather than through mocks. Applications that need a stand-in can still mock it with
 * Mockito (which mocks final classes by default) or replace the bean.
 *
 * <p>Given an {@link ObservationRegistry}, each call is one {@code hetzner.images.operation} observation (see
 * {@link io.github.hetznerimages.images.observation.DefaultHetznerObservationConvention}): {@code list_images},
 * {@code list_all_images}, {@code retrieve_image}, {@code update_image}, {@code delete_image}.
 */
public final class ImagesService {

    private static final String IMAGE_PATH = "/images/{id}";
    private static final String LIST_PATH = "/images";

    private final HetznerClient client;
    private final ImageActionsService actions;
    private final OperationObserver observer;

    /** Creates the service on top of the library's HTTP client, without observations. */
    public ImagesService(HetznerClient client, ImageActionsService actions) {
        this(client, actions, OperationObserver.NONE);
    }

    /**
     * Creates the service with observations: each call is observed in {@code observationRegistry}, named and
     * tagged by {@code convention}.
     *
     * @param convention replaces the default convention; {@code null} for the default
     */
    public ImagesService(
            HetznerClient client,
            ImageActionsService actions,
            ObservationRegistry observationRegistry,
            @Nullable HetznerObservationConvention convention) {
        this(client, actions, new OperationObserver(observationRegistry, convention));
    }

    private ImagesService(HetznerClient client, ImageActionsService actions, OperationObserver observer) {
        this.client = Objects.requireNonNull(client, "client");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.observer = observer;
    }

    /** The first page of all images, in the API's default order and page size. */
    public Page<Image> list() {
        return list(ImageListRequest.all());
    }

    /** One page of the images that match {@code request} ({@code GET /images}). */
    public Page<Image> list(ImageListRequest request) {
        return observer.observe("list_images", () -> page(requireRequest(request)));
    }

    /** Every image, from every page (50 per request). */
    public List<Image> listAll() {
        return listAll(ImageListRequest.all());
    }

    /**
     * Every image that matches {@code request}, from every page. Pages are read with the largest size (50) unless
     * the request sets {@link ImageListRequest.Builder#perPage(int) perPage}; its {@code page} is ignored, as
     * reading starts at page 1 and follows {@code next_page} to the end.
     *
     * @throws TransporterException with reason {@link TransporterException.Reason#INCONSISTENT_ANSWER} when the
     *     pages contradict each other (an answer that is not the page asked for, a {@code next_page} that points
     *     back or past {@code last_page}), after at most one request past the evidence
     */
    public List<Image> listAll(ImageListRequest request) {
        return observer.observe("list_all_images", () -> client.listAll(LIST_PATH, pagesOf(requireRequest(request))));
    }

    /**
     * A lazy stream of every image that matches {@code request}: a page is fetched only when the previous one is
     * used up, so {@code findFirst()} or {@code limit(n)} stop early. Page size and {@code page} as in
     * {@link #listAll(ImageListRequest)}. API failures, and pages that contradict each other (as in
     * {@link #listAll(ImageListRequest)}), surface while the stream is consumed.
     */
    public Stream<Image> stream(ImageListRequest request) {
        return client.stream(LIST_PATH, pagesOf(requireRequest(request)));
    }

    /**
     * The image with this id ({@code GET /images/{id}}).
     *
     * @throws ErrorException with code {@code not_found} ({@link ErrorException#isNotFound()}) when it does not exist
     */
    public Image retrieve(long id) {
        return observer.observe("retrieve_image", () -> fetch(client, ApiPreconditions.requireId("id", id)));
    }

    /**
     * The image with this exact name for this architecture, e.g. {@code ubuntu-24.04} on {@link Architecture#ARM}.
     * Names of system and app images are unique only per architecture, so both are sent. Deprecated images are
     * included ({@code include_deprecated=true}): a name keeps finding its image after it is deprecated; check
     * {@link Image#isDeprecated()} if that matters.
     *
     * @return the image, or empty when none has this name
     * @throws IllegalArgumentException when the name is blank or the architecture {@code null} or unknown
     */
    public Optional<Image> findByName(String name, Architecture architecture) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "name must not be blank, was " + (name == null ? "null" : "'" + name + "'"));
        }
        if (architecture == null) {
            throw new IllegalArgumentException(
                    "architecture must not be null: image names are unique only per architecture");
        }
        ImageListRequest request = ImageListRequest.builder()
                .name(name)
                .architecture(architecture)
                .includeDeprecated(true)
                .build();
        return list(request).items().stream().findFirst();
    }

    /**
     * The most recently created image that matches {@code request}, in one request: the request's filters are sent
     * with {@code sort=created:desc&sort=id:desc} and {@code per_page=1}. The request's own sort, page and page size
     * are replaced; the id sort breaks ties between images created in the same second.
     *
     * @return the newest matching image, or empty when none matches
     */
    public Optional<Image> findNewest(ImageListRequest request) {
        ImageListRequest newestFirst = requireRequest(request).toBuilder()
                .sort(Sort.descending(ImageSortField.CREATED), Sort.descending(ImageSortField.ID))
                .perPage(1)
                .firstPage()
                .build();
        return list(newestFirst).items().stream().findFirst();
    }

    /**
     * Changes an image ({@code PUT /images/{id}}); only snapshots and backups can be changed. Labels given in the
     * request <strong>replace</strong> all of the image's labels.
     *
     * @return the image as the API has it after the change
     * @throws ErrorException e.g. {@code not_found}, or {@code invalid_input} for a system image
     */
    public Image update(long id, ImageUpdateRequest changes) {
        return observer.observe("update_image", () -> {
            ApiPreconditions.requireId("id", id);
            if (changes == null) {
                throw new IllegalArgumentException("changes must not be null");
            }
            ApiRequest request = ApiRequest.put(IMAGE_PATH, changes.toBody()).withPathVariable("id", id);
            return client.execute(request, ImageEnvelope.class, ImageEnvelope::image, "image");
        });
    }

    /**
     * Deletes an image ({@code DELETE /images/{id}}); only snapshots and backups can be deleted, and not while they
     * are delete-protected. When an attempt ends without a usable answer (a read time-out, a lost connection, a
     * 502/504) and the retry is answered {@code not_found}, the call returns normally: the first attempt deleted
     * the image. A {@code not_found} without such an attempt before it is thrown.
     *
     * @throws ErrorException e.g. {@code not_found}, or {@code protected} for a delete-protected image
     */
    public void delete(long id) {
        observer.run("delete_image", () -> {
            ApiRequest request =
                    ApiRequest.delete(IMAGE_PATH).withPathVariable("id", ApiPreconditions.requireId("id", id));
            client.execute(request, Void.class);
        });
    }

    /** The image actions: create from a server, change protection, wait for actions. */
    public ImageActionsService actions() {
        return actions;
    }

    /**
     * Retention: plan which snapshots or backups a {@link RetentionPolicy} keeps, then delete the rest. Ages are
     * measured from the system clock; {@link ImageRetention#withClock(Clock)} gives a copy with another clock.
     */
    public ImageRetention retention() {
        return new ImageRetention(this, Clock.systemUTC());
    }

    /** The rate-limit state of the latest answer from the API, empty before the first answer that carried it. */
    public Optional<RateLimit> rateLimit() {
        return client.rateLimit();
    }

    /**
     * Fetches page after page, each a {@code list_images} observation that is a child of the observation current
     * now (pages are fetched on other threads).
     */
    private LongFunction<Page<Image>> pagesOf(ImageListRequest request) {
        int size = request.listAllPageSize();
        @Nullable Observation parent = observer.current();
        return page -> observer.observe(
                "list_images",
                parent,
                () -> page(request.toBuilder().page(page).perPage(size).build()));
    }

    private Page<Image> page(ImageListRequest request) {
        return client.execute(
                ApiRequest.get(LIST_PATH).withQuery(request.toQuery()),
                ImageListEnvelope.class,
                ImageListEnvelope::toPage,
                "images");
    }

    /** {@code GET /images/{id}} through {@code client}; shared with {@link ImageActionsService}. */
    static Image fetch(HetznerClient client, long id) {
        ApiRequest request = ApiRequest.get(IMAGE_PATH).withPathVariable("id", id);
        return client.execute(request, ImageEnvelope.class, ImageEnvelope::image, "image");
    }

    private static ImageListRequest requireRequest(ImageListRequest request) {
        return ApiPreconditions.requireNonNull("request", request);
    }
}
