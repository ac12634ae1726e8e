package org.zhiben.hazards;

import java.util.List;
import org.zhiben.shared.Require;

/** One page of a search of the major-hazard database. */
public record HazardPage(List<MajorHazard> items, int page, int size, long totalElements) {

    public HazardPage {
        items = List.copyOf(Require.notNull(items, "items"));
    }

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }
}
