package org.zhiben.enterprises.application;

import java.util.Set;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** Artux (653001) and Akto (653022); chemicals (high-risk) and industry and trade. */
class FixedReferenceData implements EnterpriseReferenceData {

    private static final Set<String> JURISDICTIONS = Set.of("653001", "653022");
    private static final Set<String> INDUSTRIES = Set.of("HAZARDOUS_CHEMICALS", "INDUSTRY_TRADE");

    @Override
    public boolean jurisdictionExists(JurisdictionCode jurisdiction) {
        return JURISDICTIONS.contains(jurisdiction.value());
    }

    @Override
    public boolean industryExists(IndustryCode industry) {
        return INDUSTRIES.contains(industry.value());
    }

    @Override
    public boolean isHighRisk(IndustryCode industry) {
        return industry.value().equals("HAZARDOUS_CHEMICALS");
    }
}
