package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.time.YearMonth;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The period of a stock table (附表1), both days included, optionally for one jurisdiction and/or one industry
 * ({@code null} = all).
 */
public record ComputeHazardStockQuery(LocalDate periodStart, LocalDate periodEnd, JurisdictionCode jurisdiction,
        IndustryCode industry) {

    public ComputeHazardStockQuery {
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
        return new ComputeHazardStockQuery(month.atDay(1), month.atEndOfMonth(), jurisdiction, industry);
    }
}
