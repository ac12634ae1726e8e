package org.zhiben.enterprises;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The reference data an enterprise is registered against (port): the jurisdictions and industries known to the
 * organisation module, and which industries are high-risk (高危行业: mines, hazardous chemicals, fireworks,
 * metallurgy, ...).
 */
public interface EnterpriseReferenceData {

    boolean jurisdictionExists(JurisdictionCode jurisdiction);

    boolean industryExists(IndustryCode industry);

    boolean isHighRisk(IndustryCode industry);
}
