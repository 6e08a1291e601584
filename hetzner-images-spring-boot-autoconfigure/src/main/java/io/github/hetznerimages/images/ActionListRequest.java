package io.github.hetznerimages.images;

import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.client.QueryParams;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The filters, sort keys and page of an action list ({@code GET /images/actions} and
 * {@code GET /images/{id}/actions}). Every value is checked when it is set, so a bad one fails before any request.
 * The {@link Builder#ids(long...) id} filter exists only on {@code GET /images/actions}. Immutable.
 *
 * <pre>{@code
 * ActionListRequest.builder()
 *     .statuses(ActionStatus.RUNNING)
 *     .sort(ActionSort.descending(ActionSortField.STARTED))
 *     .perPage(50)
 *     .build()
 * }</pre>
 */
public final class ActionListRequest {

    private static final ActionListRequest ALL = builder().build();

    private final List<Long> ids;
    private final List<ActionStatus> statuses;
    private final List<ActionSort> sorts;
    private final Long page;
    private final Integer perPage;

    private ActionListRequest(Builder builder) {
        this.ids = builder.ids;
        this.statuses = builder.statuses;
        this.sorts = builder.sorts;
        this.page = builder.page;
        this.perPage = builder.perPage;
    }

    /** Starts a request without filters. */
    public static Builder builder() {
        return new Builder();
    }

    /** No filters, no sort, the API's default page (the first, 25 actions). */
    public static ActionListRequest all() {
        return ALL;
    }

    /** The action ids to list (empty: any). */
    public List<Long> ids() {
        return ids;
    }

    /** The statuses to list (empty: any). */
    public List<ActionStatus> statuses() {
        return statuses;
    }

    /** The sort keys, in order of precedence. */
    public List<ActionSort> sorts() {
        return sorts;
    }

    /** The page number, empty for the API's default (1). */
    public OptionalLong page() {
        return page == null ? OptionalLong.empty() : OptionalLong.of(page);
    }

    /** The page size, empty for the API's default (25). */
    public OptionalInt perPage() {
        return perPage == null ? OptionalInt.empty() : OptionalInt.of(perPage);
    }

    /** The query: repeated {@code id}, {@code sort} and {@code status} parameters, then the page. */
    QueryParams toQuery() {
        return QueryParams.builder()
                .addAll("id", ids)
                .addAll("sort", sorts.stream().map(ActionSort::value).toList())
                .addAll("status", statuses.stream().map(ActionStatus::value).toList())
                .add("page", page)
                .add("per_page", perPage)
                .build();
    }

    @Override
    public String toString() {
        return "ActionListRequest[" + toQuery() + "]";
    }

    /** Collects the parts of an {@link ActionListRequest}; each setter replaces what was set before. */
    public static final class Builder {

        private List<Long> ids = List.of();
        private List<ActionStatus> statuses = List.of();
        private List<ActionSort> sorts = List.of();
        private Long page;
        private Integer perPage;

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
         * @throws IllegalArgumentException for {@code null} or {@link ActionStatus#UNKNOWN}
         */
        public Builder statuses(ActionStatus... values) {
            if (values == null) {
                throw new IllegalArgumentException("statuses must not be null");
            }
            for (ActionStatus status : values) {
                if (status == null || status == ActionStatus.UNKNOWN) {
                    throw new IllegalArgumentException("statuses must be running, success or error, was " + status);
                }
            }
            this.statuses = List.of(values);
            return this;
        }

        /**
         * Sorts by these keys, the first taking precedence.
         *
         * @throws IllegalArgumentException for a {@code null} key
         */
        public Builder sort(ActionSort... keys) {
            if (keys == null) {
                throw new IllegalArgumentException("sort must not be null");
            }
            if (Arrays.asList(keys).contains(null)) {
                throw new IllegalArgumentException("sort keys must not be null");
            }
            this.sorts = List.of(keys);
            return this;
        }

        /**
         * The page to fetch, from 1.
         *
         * @throws IllegalArgumentException when {@code page} is below 1
         */
        public Builder page(long value) {
            this.page = ApiPreconditions.requirePage(value);
            return this;
        }

        /**
         * The page size, from 1 to {@link ApiPreconditions#MAX_PER_PAGE} (50).
         *
         * @throws IllegalArgumentException when {@code perPage} is outside 1..50
         */
        public Builder perPage(int value) {
            this.perPage = ApiPreconditions.requirePerPage(value);
            return this;
        }

        /** The immutable request. */
        public ActionListRequest build() {
            return new ActionListRequest(this);
        }
    }
}
