package org.zhiben.enterprises;

import org.zhiben.shared.DataScope;
import org.zhiben.shared.Require;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;

/**
 * Criteria for finding enterprises; a null criterion does not restrict. Results are ordered by name.
 *
 * @param jurisdiction only enterprises in this jurisdiction
 * @param industry     only enterprises of this industry
 * @param nameContains only enterprises whose name contains this text (ignoring case)
 * @param page         page number, from 0
 * @param size         page size, 1 to 200
 * @param scope        only enterprises inside this data scope (the caller's: {@code CurrentActors.scope()})
 */
public record EnterpriseSearch(JurisdictionCode jurisdiction, IndustryCode industry, String nameContains,
        int page, int size, DataScope scope) {

    public static final int MAX_PAGE_SIZE = 200;

    /** A search over the whole prefecture. */
    public EnterpriseSearch(JurisdictionCode jurisdiction, IndustryCode industry, String nameContains, int page,
            int size) {
        this(jurisdiction, industry, nameContains, page, size, DataScope.wholePrefecture());
    }

    public EnterpriseSearch {
        Require.notNull(scope, "scope");
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        if (page < 0) {
            throw new InvalidValueException("page", "enterprise.search.page.invalid",
                    "page must be 0 or more", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "enterprise.search.size.invalid",
                    "size must be between 1 and " + MAX_PAGE_SIZE, size, MAX_PAGE_SIZE);
        }
    }

    /** Whether an enterprise meets these criteria (paging aside). */
    public boolean matches(Enterprise enterprise) {
        return scope.permits(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())
                && (jurisdiction == null || jurisdiction.equals(enterprise.jurisdiction()))
                && (industry == null || industry.equals(enterprise.industry()))
                && (nameContains == null
                        || enterprise.name().toLowerCase(java.util.Locale.ROOT)
                                .contains(nameContains.toLowerCase(java.util.Locale.ROOT)));
    }
}
