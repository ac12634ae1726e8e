package org.zhiben.enforcement.application;

import java.util.List;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.enforcement.storage.TypicalCases;

/** The published typical cases, newest first: public data, already without personal data. */
public class ReadTypicalCases {

    /** One page of typical cases. */
    public record TypicalCasePage(List<TypicalCase> cases, int page, int size, int total) {

        public int totalPages() {
            return size == 0 ? 0 : (total + size - 1) / size;
        }
    }

    private final TypicalCases typicalCases;

    public ReadTypicalCases(TypicalCases typicalCases) {
        this.typicalCases = typicalCases;
    }

    public TypicalCasePage published(int page, int size) {
        int safePage = Math.max(page, 0);
        int safeSize = Math.min(Math.max(size, 1), 100);
        return new TypicalCasePage(typicalCases.published(safePage * safeSize, safeSize), safePage, safeSize,
                typicalCases.count());
    }
}
