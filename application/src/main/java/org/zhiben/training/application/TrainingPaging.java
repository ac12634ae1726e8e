package org.zhiben.training.application;

import org.zhiben.shared.InvalidValueException;

/** The paging rule of the training module's lists: page from 0, 1 to {@value #MAX_PAGE_SIZE} items a page. */
public final class TrainingPaging {

    public static final int MAX_PAGE_SIZE = 200;

    private TrainingPaging() {
    }

    /** The offset of the page; a negative page or a size outside 1–200 is refused on its field. */
    public static int offset(int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "training.page.invalid", "page must be 0 or more", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "training.page.size-invalid",
                    "a page holds 1 to " + MAX_PAGE_SIZE + " items", size, MAX_PAGE_SIZE);
        }
        return Math.multiplyExact(page, size);
    }

    /** One page of a list: its items, the page asked for, its size and how many items there are in all. */
    public record Page<T>(java.util.List<T> items, int page, int size, long total) {

        public Page {
            items = java.util.List.copyOf(items);
        }
    }
}
