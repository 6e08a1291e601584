package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.Page;
import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.observation.HetznerObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Image actions: create an image from a server, change an image's protection, look actions up and wait for them
 * to finish. Reach it through {@code images.actions()} or inject it. Every argument is checked before a request is
 * sent; failures of the API arrive as {@link ErrorException} or {@link TransporterException}. Thread-safe.
 *
 * <p>Given an {@link ObservationRegistry}, each call is one {@code hetzner.images.operation} observation (see
 * {@link io.github.hetznerimages.images.observation.DefaultHetznerObservationConvention}): {@code create_image},
 * {@code create_image_and_wait}, {@code change_image_protection}, {@code list_image_actions},
 * {@code list_all_image_actions}, {@code list_actions_of_image}, {@code retrieve_image_action},
 * {@code wait_for_action}, {@code wait_for_actions}.
 */
public final class ImageActionsService {

    /** What to do when the outcome of {@code create_image} is unknown; shown in the exception's message. */
    static final String CREATE_IMAGE_ADVICE = "look for the new image before trying again, e.g. images.list with"
            + " type=snapshot (or backup), sort=created:desc and a label_selector matching the labels you set"
            + " (created_from names the server); call createFromServer again only if no such image exists";

    private static final String ACTIONS_PATH = "/images/actions";

    private final HetznerClient client;
    private final WaitOptions defaults;
    private final ActionWaiter waiter;
    private final OperationObserver observer;

    /** Creates the service on top of the library's HTTP client, waiting with {@link WaitOptions#defaults()}. */
    public ImageActionsService(HetznerClient client) {
        this(client, WaitOptions.defaults());
    }

    /**
     * Creates the service with the wait settings {@link #waitFor(Action)} uses (bound by the auto-configuration from
     * {@code hetzner.actions.*}).
     */
    public ImageActionsService(HetznerClient client, WaitOptions defaults) {
        this(client, defaults, OperationObserver.NONE);
    }

    /**
     * Creates the service with wait settings and observations: each call is observed in
     * {@code observationRegistry}, named and tagged by {@code convention}.
     *
     * @param convention replaces the default convention; {@code null} for the default
     */
    public ImageActionsService(
            HetznerClient client,
            WaitOptions defaults,
            ObservationRegistry observationRegistry,
            @Nullable HetznerObservationConvention convention) {
        this(client, defaults, new OperationObserver(observationRegistry, convention));
    }

    private ImageActionsService(HetznerClient client, WaitOptions defaults, OperationObserver observer) {
        this.client = Objects.requireNonNull(client, "client");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.waiter = new ActionWaiter(client);
        this.observer = observer;
    }

    /** The wait settings {@link #waitFor(Action)} uses. */
    public WaitOptions defaults() {
        return defaults;
    }

    /**
     * Creates a snapshot or backup of a server's disk ({@code POST /servers/{id}/actions/create_image}). The image
     * starts in status {@code creating}; wait for the returned action, then re-read the image. Shut the server down
     * first for a consistent copy.
     *
     * <p>Never sent twice on its own: it is retried only when the API provably did not process it (a rate-limit
     * answer, a refused connection). After an ambiguous failure it throws a {@link TransporterException} whose
     * {@link TransporterException#outcomeUnknown() outcomeUnknown()} is {@code true}: look for the image (by its
     * labels or description) before trying again.
     *
     * @param serverId the id of the server to copy
     * @param request the image type, description and labels
     * @return the new image (take its id from here) and the action creating it (its resources name the server)
     * @throws IllegalArgumentException when {@code serverId} is not between 1 and 2^53-1 or the request is null
     */
    public CreatedImage createFromServer(long serverId, CreateImageRequest request) {
        return observer.observe("create_image", () -> {
            ApiPreconditions.requireId("serverId", serverId);
            ApiPreconditions.requireNonNull("request", request);
            ApiRequest call = ApiRequest.creatingPost(
                            "/servers/{id}/actions/create_image", request.body(), CREATE_IMAGE_ADVICE)
                    .withPathVariable("id", serverId);
            return client.execute(call, CreatedImage.class, ImageActionsService::complete, "image and action");
        });
    }

    /**
     * Creates an image from a server, waits for it to finish and returns the image as re-read afterwards
     * ({@code GET /images/{id}}, status {@code available}). When the wait fails or times out, the image id is in
     * neither exception; use {@link #createFromServer} and {@link #waitFor(Action, WaitOptions)} to keep it.
     *
     * @throws ActionFailedException when creating the image failed
     * @throws ActionTimeoutException when it did not finish within {@link WaitOptions#timeout()}
     * @throws ActionInterruptedException when the thread was interrupted while waiting
     * @see #createFromServer(long, CreateImageRequest)
     */
    public Image createFromServerAndWait(long serverId, CreateImageRequest request, WaitOptions options) {
        return observer.observe("create_image_and_wait", () -> {
            ApiPreconditions.requireId("serverId", serverId);
            ApiPreconditions.requireNonNull("request", request);
            ApiPreconditions.requireNonNull("options", options);
            CreatedImage created = createFromServer(serverId, request);
            waitFor(created.action(), options);
            return observer.observe(
                    "retrieve_image",
                    () -> ImagesService.fetch(client, created.image().id()));
        });
    }

    /**
     * Protects an image from deletion, or lifts the protection
     * ({@code POST /images/{id}/actions/change_protection}; snapshots only). Setting the same value twice has the
     * same effect as once, so it is retried like a read.
     *
     * @param imageId the image's id
     * @param delete {@code true} to protect the image from deletion, {@code false} to allow it
     * @return the action; wait for it if the change must be in effect before you continue
     * @throws IllegalArgumentException when {@code imageId} is not between 1 and 2^53-1
     */
    public Action changeProtection(long imageId, boolean delete) {
        return observer.observe("change_image_protection", () -> {
            ApiPreconditions.requireId("imageId", imageId);
            ApiRequest call = ApiRequest.idempotentPost(
                            "/images/{id}/actions/change_protection", new ChangeProtectionBody(delete))
                    .withPathVariable("id", imageId);
            return client.execute(call, ActionEnvelope.class, ActionEnvelope::action, "action");
        });
    }

    /**
     * One page of the actions of all images ({@code GET /images/actions}), filtered by id, status, sorted and paged
     * as the request says.
     */
    public Page<Action> list(ActionListRequest request) {
        return observer.observe("list_image_actions", () -> {
            ApiPreconditions.requireNonNull("request", request);
            return page(ApiRequest.get(ACTIONS_PATH).withQuery(request.toQuery()));
        });
    }

    /**
     * Every action of all images that matches {@code request}, from every page ({@code GET /images/actions}), with
     * the same paging guards as {@link ImagesService#listAll(ImageListRequest)}. Pages are read with the largest size
     * (50) unless the request sets one; its {@code page} is ignored.
     */
    public List<Action> listAll(ActionListRequest request) {
        return observer.observe("list_all_image_actions", () -> {
            ApiPreconditions.requireNonNull("request", request);
            return client.listAll(ACTIONS_PATH, pagesOf(request));
        });
    }

    /**
     * A lazy stream of every action of all images that matches {@code request}, one page ahead of the consumer;
     * close it when you stop early. Page size and {@code page} as in {@link #listAll(ActionListRequest)}.
     */
    public Stream<Action> stream(ActionListRequest request) {
        ApiPreconditions.requireNonNull("request", request);
        return client.stream(ACTIONS_PATH, pagesOf(request));
    }

    /**
     * One page of the actions of one image ({@code GET /images/{id}/actions}).
     *
     * @throws IllegalArgumentException when {@code imageId} is invalid or the request filters by action id (this
     *     endpoint has no {@code id} filter; use {@link #list(ActionListRequest)})
     */
    public Page<Action> listFor(long imageId, ActionListRequest request) {
        return observer.observe("list_actions_of_image", () -> {
            ApiPreconditions.requireId("imageId", imageId);
            ApiPreconditions.requireNonNull("request", request);
            if (!request.ids().isEmpty()) {
                throw new IllegalArgumentException("request.ids is not supported by listFor:"
                        + " GET /images/{id}/actions has no id filter; use list(request) to look actions up by id");
            }
            return page(ApiRequest.get("/images/{id}/actions")
                    .withPathVariable("id", imageId)
                    .withQuery(request.toQuery()));
        });
    }

    /**
     * One image action by its id ({@code GET /images/actions/{id}}).
     *
     * @throws ErrorException with code {@code not_found} when there is no such image action
     */
    public Action retrieve(long actionId) {
        return observer.observe("retrieve_image_action", () -> {
            ApiPreconditions.requireId("actionId", actionId);
            return client.execute(
                    ApiRequest.get("/images/actions/{id}").withPathVariable("id", actionId),
                    ActionEnvelope.class,
                    ActionEnvelope::action,
                    "action");
        });
    }

    /**
     * Waits for an action with the service's {@link #defaults() wait settings}.
     *
     * @see #waitFor(Action, WaitOptions)
     */
    public Action waitFor(Action action) {
        return waitFor(action, defaults);
    }

    /**
     * Polls {@code GET /actions/{id}} until the action finished, as {@link WaitOptions} describes (back-off, slower
     * while the rate limit runs low, time limit, progress listener). Returns at once, without a request, when the
     * action passed in is already finished.
     *
     * <p>On interrupt the wait ends promptly with {@link ActionInterruptedException} (also when the interrupt cut a
     * poll short; the request's failure is its cause), and the thread's interrupt flag stays set.
     *
     * @return the finished action, status {@code success}
     * @throws ActionFailedException when the action ended with status {@code error}
     * @throws ActionTimeoutException when it did not finish within {@link WaitOptions#timeout()}
     * @throws ActionInterruptedException when the thread was interrupted
     * @throws IllegalArgumentException when the action or options are {@code null} or the action's id is invalid
     */
    public Action waitFor(Action action, WaitOptions options) {
        return observer.observe("wait_for_action", () -> {
            requireAction(action);
            ApiPreconditions.requireNonNull("options", options);
            return waiter.await(List.of(action), options, ids -> List.of(fetch(ids.get(0))))
                    .get(0);
        });
    }

    /**
     * Waits for several actions at once, reading all unfinished ones with one request per poll
     * ({@code GET /actions?id=..&id=..}), on the schedule {@link WaitOptions} describes. The progress listener hears
     * about each action's changes.
     *
     * @return the finished actions in the order given (an empty list at once for an empty collection)
     * @throws ActionFailedException once all finished, for the first one (in the order given) that failed; further
     *     failures are attached as suppressed exceptions
     * @throws ActionTimeoutException when some did not finish within the time limit ({@code unfinished()} names them)
     * @throws ActionInterruptedException when the thread was interrupted
     * @throws IllegalArgumentException when the collection or an action in it is {@code null} or has an invalid id
     */
    public List<Action> waitForAll(Collection<Action> actions, WaitOptions options) {
        return observer.observe("wait_for_actions", () -> {
            ApiPreconditions.requireNonNull("actions", actions);
            ApiPreconditions.requireNonNull("options", options);
            List<Action> given =
                    actions.stream().map(ImageActionsService::requireAction).toList();
            return waiter.await(given, options, this::fetchAll);
        });
    }

    private Action fetch(long actionId) {
        return client.execute(
                ApiRequest.get("/actions/{id}").withPathVariable("id", actionId),
                ActionEnvelope.class,
                ActionEnvelope::action,
                "action");
    }

    private List<Action> fetchAll(List<Long> actionIds) {
        ApiRequest call = ApiRequest.get("/actions").withQuery(idQuery(actionIds));
        List<Action> answer = client.execute(call, ActionListEnvelope.class, ActionListEnvelope::actions, "actions");
        Map<Long, Action> byId =
                answer.stream().collect(Collectors.toMap(Action::id, Function.identity(), (first, second) -> second));
        for (Long id : actionIds) {
            if (!byId.containsKey(id)) {
                throw call.inconsistentAnswer("the answer lacks action " + id + ", one of those asked for");
            }
        }
        return actionIds.stream().map(byId::get).toList();
    }

    private Page<Action> page(ApiRequest call) {
        return client.execute(call, ActionListEnvelope.class, ActionListEnvelope::toPage, "actions");
    }

    /** Fetches page after page, each a {@code list_image_actions} observation, a child of the one current now. */
    private LongFunction<Page<Action>> pagesOf(ActionListRequest request) {
        int size = request.listAllPageSize();
        @Nullable Observation parent = observer.current();
        return page -> observer.observe(
                "list_image_actions",
                parent,
                () -> page(ApiRequest.get(ACTIONS_PATH)
                        .withQuery(request.toBuilder()
                                .page(page)
                                .perPage(size)
                                .build()
                                .toQuery())));
    }

    private static MultiValueMap<String, String> idQuery(List<Long> actionIds) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        actionIds.forEach(id -> query.add("id", String.valueOf(id)));
        return query;
    }

    private static CreatedImage complete(CreatedImage created) {
        return created.image() == null || created.action() == null ? null : created;
    }

    private static Action requireAction(Action action) {
        ApiPreconditions.requireNonNull("action", action);
        ApiPreconditions.requireId("action.id", action.id());
        return action;
    }

    /**
     * The wire body of {@code change_protection}; {@code delete} is always sent.
     *
     * @param delete whether the image is protected from deletion
     */
    record ChangeProtectionBody(boolean delete) {}
}
