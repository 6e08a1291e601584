package io.github.hetznerimages.images;

import io.github.hetznerimages.ActionStatus;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The filters, sort keys and page of an action list ({@code GET /images/actions} and
 * {@code GET /images/{id}/actions}). Every value is checked when it is set, so a bad one fails before any request.
 * The {@link Builder#ids(long...) id} filter exists only on {@code GET /images/actions}. Immutable.
 *
 * <pre>{@code
 * ActionListRequest.builder()
 *     .statuses(ActionStatus.RUNNING)
 *     .sort(Sort.descending(ActionSortField.STARTED))
 *     .perPage(50)
 *     .build()
 * }</pre>
 */
public final class ActionListRequest extends ListRequest<ActionSortField> {

    private static final ActionListRequest ALL = builder().build();

    private final List<Long> ids;
    private final List<ActionStatus> statuses;

    private ActionListRequest(Builder builder) {
        super(builder);
        this.ids = builder.ids;
        this.statuses = builder.statuses;
    }

    /** Starts a request without filters. */
    public static Builder builder() {
        return new Builder();
    }

    /** No filters, no sort, the API's default page (the first, 25 actions). */
    public static ActionListRequest all() {
        return ALL;
    }

    /** A builder preset with this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder().from(this);
        builder.ids = ids;
        builder.statuses = statuses;
        return builder;
    }

    /** The action ids to list (empty: any). */
    public List<Long> ids() {
        return ids;
    }

    /** The statuses to list (empty: any). */
    public List<ActionStatus> statuses() {
        return statuses;
    }

    @Override
    void addFilters(MultiValueMap<String, String> query) {
        addAll(query, "id", ids);
        addAll(query, "status", statuses.stream().map(ActionStatus::value).toList());
    }

    /** Collects the parts of an {@link ActionListRequest}; each setter replaces what was set before. */
    public static final class Builder extends ListRequestBuilder<ActionSortField, Builder> {

        private List<Long> ids = List.of();
        private List<ActionStatus> statuses = List.of();

        private Builder() {}

        /**
         * Lists only these actions (only {@link ImageActionsService#list}, not {@code listFor}, supports it).
         *
         * @throws IllegalArgumentException when an id is not between 1 and 2^53-1
         */
        public Builder ids(long... actionIds) {
            if (actionIds == null) {
                throw new IllegalArgumentException("ids must not be null");
            }
            this.ids = Arrays.stream(actionIds)
                    .map(id -> ApiPreconditions.requireId("ids", id))
                    .boxed()
                    .toList();
            return this;
        }

        /**
         * Lists only actions with one of these statuses.
         *
         * @throws IllegalArgumentException for {@code null}
         */
        public Builder statuses(ActionStatus... values) {
            this.statuses = ApiPreconditions.requireAll("statuses", values);
            return this;
        }

        /** The immutable request. */
        public ActionListRequest build() {
            return new ActionListRequest(this);
        }
    }
}
