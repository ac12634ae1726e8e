package org.zhiben.hazards;

import org.zhiben.shared.DataScope;
import org.zhiben.shared.Require;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;

/**
 * A query on the major-hazard database; every filter is optional ({@code null} = any). {@code overdueOn} keeps the
 * hazards overdue on that day; {@code number} the hazards whose number (隐患编号) contains it. Pages are numbered from 0
 * and hold 1 to {@value #MAX_PAGE_SIZE} hazards, in the order {@code sort} gives. {@code scope} keeps only the hazards
 * inside the caller's data scope (by jurisdiction, industry or enterprise).
 */
public record HazardSearchCriteria(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId,
        HazardStatus status, HazardLevel level, DiscoveryChannel channel, Boolean listed, LocalDate overdueOn,
        int page, int size, DataScope scope, String number, HazardSort sort) {

    public static final int MAX_PAGE_SIZE = 200;

    /** A search in the default order, without a number. */
    public HazardSearchCriteria(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId,
            HazardStatus status, HazardLevel level, DiscoveryChannel channel, Boolean listed, LocalDate overdueOn,
            int page, int size, DataScope scope) {
        this(jurisdiction, industry, enterpriseId, status, level, channel, listed, overdueOn, page, size, scope, null,
                HazardSort.DEFAULT);
    }

    /** A search over the whole prefecture. */
    public HazardSearchCriteria(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId,
            HazardStatus status, HazardLevel level, DiscoveryChannel channel, Boolean listed, LocalDate overdueOn,
            int page, int size) {
        this(jurisdiction, industry, enterpriseId, status, level, channel, listed, overdueOn, page, size,
                DataScope.wholePrefecture());
    }

    public HazardSearchCriteria {
        Require.notNull(scope, "scope");
        number = number == null || number.isBlank() ? null : Require.maxLength(number.strip(), 30, "number");
        sort = sort == null ? HazardSort.DEFAULT : sort;
        if (page < 0) {
            throw new InvalidValueException("page", "hazard.search.page-invalid",
                    "the page number must not be negative", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "hazard.search.size-invalid",
                    "the page size must be between 1 and " + MAX_PAGE_SIZE, size, MAX_PAGE_SIZE);
        }
    }

    /** Whether {@code hazard} passes every filter given; the meaning of the criteria for every implementation. */
    public boolean matches(MajorHazard hazard) {
        return scope.permits(hazard.jurisdiction(), hazard.industry(), hazard.enterpriseId())
                && (jurisdiction == null || jurisdiction.equals(hazard.jurisdiction()))
                && (industry == null || industry.equals(hazard.industry()))
                && (enterpriseId == null || enterpriseId.equals(hazard.enterpriseId()))
                && (status == null || status == hazard.status())
                && (level == null || level == hazard.level())
                && (channel == null || channel == hazard.channel())
                && (listed == null || listed == hazard.isListed())
                && (overdueOn == null || hazard.isOverdue(overdueOn))
                && (number == null || hazard.number() != null && hazard.number().value().contains(number));
    }
}
