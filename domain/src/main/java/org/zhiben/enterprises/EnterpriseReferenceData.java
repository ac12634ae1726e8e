package org.zhiben.enterprises;

import java.util.Optional;
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

    /** The jurisdiction with this name (e.g. 阿克陶县, or its English name), if there is one. */
    default Optional<JurisdictionCode> jurisdictionNamed(String name) {
        return Optional.empty();
    }

    /** The industry with this name (e.g. 危险化学品, or its English name), if there is one. */
    default Optional<IndustryCode> industryNamed(String name) {
        return Optional.empty();
    }
}
