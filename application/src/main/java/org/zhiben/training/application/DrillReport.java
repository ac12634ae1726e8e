package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.DrillCompliance;

/**
 * The compliance with the drill rule over a period, as of a day: one row per enterprise (closed ones left out), the
 * overdue ones — with a period that ended without a drill — first, and the counts per jurisdiction and industry.
 */
public record DrillReport(LocalDate from, LocalDate to, LocalDate asOf, List<EnterpriseRow> rows,
        List<Group> byJurisdiction, List<Group> byIndustry) {

    public DrillReport {
        rows = List.copyOf(rows);
        byJurisdiction = List.copyOf(byJurisdiction);
        byIndustry = List.copyOf(byIndustry);
    }

    /** An enterprise's compliance, the day of its latest drill in the period (or null), whether it is high-risk. */
    public record EnterpriseRow(UUID enterpriseId, String name, JurisdictionCode jurisdiction, IndustryCode industry,
            boolean highRisk, DrillCompliance compliance, LocalDate lastDrillOn) {

        public boolean overdue() {
            return !compliance.compliant();
        }
    }

    /** The enterprises of one jurisdiction or industry: how many, how many compliant, how many overdue. */
    public record Group(String code, int enterprises, int compliant, int overdue, long owedPeriods,
            long keptPeriods) {
    }

    public List<EnterpriseRow> overdue() {
        return rows.stream().filter(EnterpriseRow::overdue).toList();
    }
}
