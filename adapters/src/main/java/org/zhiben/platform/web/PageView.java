package org.zhiben.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * The one shape of every paged list of the API: the items of one page, the page number (from 0), the page size asked
 * for, how many items there are in all and how many pages that makes. A page holds 1 to {@value #MAX_SIZE} items.
 */
@Schema(requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record PageView<T>(
        @Schema(description = "the items of this page, in the list's order") List<T> items,
        @Schema(description = "the page number, from 0", minimum = "0") int page,
        @Schema(description = "the page size asked for", minimum = "1", maximum = "200") int size,
        @Schema(description = "how many items the whole list holds", minimum = "0") long totalItems,
        @Schema(description = "how many pages of this size the list makes", minimum = "0") int totalPages) {

    /** The largest page size every paged list accepts. */
    public static final int MAX_SIZE = 200;

    public PageView {
        items = List.copyOf(items);
    }

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, size < 1 ? 0 : (int) ((totalItems + size - 1) / size));
    }

    public static <S, T> PageView<T> of(List<S> items, Function<S, T> view, int page, int size, long totalItems) {
        return of(items.stream().map(view).toList(), page, size, totalItems);
    }
}
