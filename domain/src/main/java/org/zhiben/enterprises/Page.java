package org.zhiben.enterprises;

import java.util.List;
import org.zhiben.shared.Require;

/**
 * One page of a search result.
 *
 * @param items the items on this page
 * @param total the number of matches over all pages
 * @param page  the page number, from 0
 * @param size  the requested page size
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(Require.notNull(items, "items"));
    }

    /** The number of pages needed for {@link #total()} matches. */
    public long pageCount() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
