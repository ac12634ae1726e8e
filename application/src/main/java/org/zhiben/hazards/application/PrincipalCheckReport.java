package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.List;
import org.zhiben.hazards.PrincipalCheckCompliance;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The compliance with the principal's periodic checks over a period, as of a day: one row per enterprise (closed ones
 * left out), the overdue ones — with a period that ended without a check — first, and the counts per jurisdiction and
 * per industry.
 */
public record PrincipalCheckReport(LocalDate from, LocalDate to, LocalDate asOf, List<EnterpriseRow> rows,
        List<Group> byJurisdiction, List<Group> byIndustry) {

    public PrincipalCheckReport {
        rows = List.copyOf(rows);
        byJurisdiction = List.copyOf(byJurisdiction);
        byIndustry = List.copyOf(byIndustry);
    }

    /** An enterprise's compliance, the day of its latest check (or null) and whether its industry is high-risk. */
    public record EnterpriseRow(java.util.UUID enterpriseId, String name, JurisdictionCode jurisdiction,
            IndustryCode industry, boolean highRisk, PrincipalCheckCompliance compliance, LocalDate lastCheckOn) {

        public boolean overdue() {
            return !compliance.compliant();
        }
    }

    /**
     * The enterprises of one jurisdiction or industry: how many, how many are compliant, how many overdue, and the
     * periods owed and kept.
     */
    public record Group(String code, int enterprises, int compliant, int overdue, long owedPeriods,
            long keptPeriods) {
    }

    /** The overdue enterprises. */
    public List<EnterpriseRow> overdue() {
        return rows.stream().filter(EnterpriseRow::overdue).toList();
    }
}
