package org.zhiben.reporting;

import org.zhiben.shared.UnitCode;

/**
 * Generates the content of a kind of report that a unit never types in (附表1 "自治州事故隐患动态存量统计表" is
 * generated from the read models for the unit's scope): a JSON text, frozen as it is when the unit submits it.
 */
public interface SubmissionContents {

    /** The kind of report it generates. */
    ReportKind kind();

    /** The content for this unit and period, from the figures as they are now. */
    String generate(UnitCode unit, ReportingPeriod period);
}
