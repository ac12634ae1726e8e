package org.zhiben.training.application;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.Page;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.training.Coverage;
import org.zhiben.training.FocusGroup;
import org.zhiben.training.FocusGroups;

/**
 * The plan's yearly focus groups and how far each is trained, among the enterprises of the caller's data scope: per
 * jurisdiction, with the enterprises still untrained.
 */
public class ReadCoverage {

    /** A focus group and the year its coverage is asked for. */
    public static final String FOCUS_GROUP = "FocusGroup";

    private final TrainingStore store;
    private final FocusGroups groups;

    public ReadCoverage(TrainingStore store, FocusGroups groups) {
        this.store = store;
        this.groups = groups;
    }

    public List<FocusGroup> groups() {
        return groups.all();
    }

    /**
     * The coverage of the group in the given year (the group's own year when null); a year before the group's is
     * refused on {@code year}.
     */
    public Coverage coverage(String code, Integer year) {
        FocusGroup group = groups.find(code).orElseThrow(() -> new NotFoundException(FOCUS_GROUP, code));
        int inYear = year == null ? group.year() : year;
        if (inYear < group.year() || inYear > group.year() + 50) {
            throw new InvalidValueException("year", "training.focus.year-invalid",
                    "coverage is counted from the group's year on", inYear, group.year());
        }
        List<Enterprise> required = new ArrayList<>();
        DataScope scope = store.scope();
        int page = 0;
        Page<Enterprise> found;
        do {
            found = store.enterprises().search(new EnterpriseSearch(null, null, null, page++,
                    EnterpriseSearch.MAX_PAGE_SIZE, scope));
            found.items().stream().filter(group::requires).forEach(required::add);
        } while (page < found.pageCount());
        return Coverage.of(group, inYear, required, store.records().endedIn(inYear,
                required.stream().map(e -> e.id().value()).toList()));
    }
}
