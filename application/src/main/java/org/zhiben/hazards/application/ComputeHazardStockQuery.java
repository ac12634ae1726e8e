package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The period of a stock table (附表1), both days included, optionally for one jurisdiction and/or one industry
 * ({@code null} = all), counting only the hazards inside {@code scope} (the caller's data scope).
 */
public record ComputeHazardStockQuery(LocalDate periodStart, LocalDate periodEnd, JurisdictionCode jurisdiction,
        IndustryCode industry, DataScope scope) {

    /** The table over the whole prefecture. */
    public ComputeHazardStockQuery(LocalDate periodStart, LocalDate periodEnd, JurisdictionCode jurisdiction,
            IndustryCode industry) {
        this(periodStart, periodEnd, jurisdiction, industry, DataScope.wholePrefecture());
    }

    public ComputeHazardStockQuery {
        Require.notNull(scope, "scope");
        Require.notNull(periodStart, "periodStart");
        Require.notNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("periodEnd", "hazard.stock.period-invalid",
                    "the period must not end before it starts", periodStart, periodEnd);
        }
    }

    /** The monthly table (每月底前报送). */
    public static ComputeHazardStockQuery ofMonth(YearMonth month, JurisdictionCode jurisdiction,
            IndustryCode industry) {
        return ofMonth(month, jurisdiction, industry, DataScope.wholePrefecture());
    }

    /** The monthly table, counting only the hazards inside {@code scope}. */
    public static ComputeHazardStockQuery ofMonth(YearMonth month, JurisdictionCode jurisdiction,
            IndustryCode industry, DataScope scope) {
        return new ComputeHazardStockQuery(month.atDay(1), month.atEndOfMonth(), jurisdiction, industry, scope);
    }
}
