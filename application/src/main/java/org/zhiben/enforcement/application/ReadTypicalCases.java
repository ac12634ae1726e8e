package org.zhiben.enforcement.application;

import java.util.List;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.enforcement.storage.TypicalCases;
import org.zhiben.shared.InvalidValueException;

/** The published typical cases, newest first: public data, already without personal data. */
public class ReadTypicalCases {

    /** One page of typical cases. */
    public record TypicalCasePage(List<TypicalCase> cases, int page, int size, int total) {

        public int totalPages() {
            return size == 0 ? 0 : (total + size - 1) / size;
        }
    }

    /** The largest page, as every paged list of the API. */
    public static final int MAXIMUM_PAGE_SIZE = 200;

    private final TypicalCases typicalCases;

    public ReadTypicalCases(TypicalCases typicalCases) {
        this.typicalCases = typicalCases;
    }

    public TypicalCasePage published(int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "enforcement.typical-case.page-invalid",
                    "the page number starts at 0");
        }
        if (size < 1 || size > MAXIMUM_PAGE_SIZE) {
            throw new InvalidValueException("size", "enforcement.typical-case.size-invalid",
                    "a page holds 1 to " + MAXIMUM_PAGE_SIZE + " typical cases", MAXIMUM_PAGE_SIZE);
        }
        long offset = (long) page * size;
        List<TypicalCase> cases = offset > Integer.MAX_VALUE ? List.of() : typicalCases.published((int) offset, size);
        return new TypicalCasePage(cases, page, size, typicalCases.count());
    }
}
