package org.zhiben.enforcement.web;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Grouping;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;

/**
 * The name of a group of the enforcement statistics, in Chinese or English: a unit's short name (tip-offs not yet
 * assigned: 未交办), a jurisdiction's name, a month as 2025年5月 (2025-05 in English). An unknown code is shown as
 * it is.
 */
@Component
public class StatisticsGroups {

    private final MemberUnits units;
    private final Jurisdictions jurisdictions;

    StatisticsGroups(MemberUnits units, Jurisdictions jurisdictions) {
        this.units = units;
        this.jurisdictions = jurisdictions;
    }

    /** Names of the groups of one grouping, read once. */
    public Namer namer(Grouping by, boolean english) {
        Map<String, String> names = switch (by) {
            case UNIT -> units.findAll().stream().collect(Collectors.toMap(u -> u.code().value(),
                    (MemberUnit u) -> english ? u.nameEn() : u.shortName()));
            case JURISDICTION -> jurisdictions.findAll().stream().collect(Collectors.toMap(j -> j.code().value(),
                    (Jurisdiction j) -> english ? j.nameEn() : j.name()));
            case MONTH -> Map.of();
        };
        return key -> {
            if (by == Grouping.MONTH) {
                YearMonth month = YearMonth.parse(key);
                return english ? month.toString() : month.getYear() + "年" + month.getMonthValue() + "月";
            }
            if (key.isEmpty()) {
                return english ? "Not yet assigned" : "未交办";
            }
            return names.getOrDefault(key, key);
        };
    }

    /** Names the groups of one grouping. */
    @FunctionalInterface
    public interface Namer extends Function<String, String> {
    }
}
