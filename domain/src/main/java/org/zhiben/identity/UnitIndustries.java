package org.zhiben.identity;

import java.util.Set;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/**
 * The industries (行业领域) whose competent or supervising unit is a given unit — what “管行业必须管安全” puts under
 * it. Answered by the organisation module's data.
 */
public interface UnitIndustries {

    /** The industries the unit is competent for or supervises; empty when none (or the unit is unknown). */
    Set<IndustryCode> industriesOf(UnitCode unit);
}
