package org.zhiben.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.zhiben.shared.Require;

/**
 * The enforcement statistics of one unit, jurisdiction or month (执法统计、执法考评, task 27): inspections by method,
 * findings, inspections with findings, decided cases and their fines, dual penalties (一案双罚), transfers to the
 * judiciary, listings on the serious-dishonesty list, tip-offs received, verified true (属实或部分属实) and rewarded
 * with the amount paid — and the penalty rate, decided cases per inspection with findings ("执法检查发现问题多、处罚
 * 少" is what the plan complains of), which does not exist when no inspection found anything.
 */
public record EnforcementFigures(Map<InspectionMethod, Long> inspectionsByMethod, long findings,
        long inspectionsWithFindings, long cases, Money fines, long dualPenalties, long transfers, long listings,
        long tipOffsReceived, long tipOffsVerified, long tipOffsRewarded, Money rewardsPaid) {

    /** Nothing counted. */
    public static final EnforcementFigures NONE = new EnforcementFigures(Map.of(), 0, 0, 0, Money.ZERO, 0, 0, 0, 0,
            0, 0, Money.ZERO);

    public EnforcementFigures {
        Map<InspectionMethod, Long> byMethod = new EnumMap<>(InspectionMethod.class);
        for (InspectionMethod method : InspectionMethod.values()) {
            byMethod.put(method, Require.notNull(inspectionsByMethod, "inspectionsByMethod").getOrDefault(method, 0L));
        }
        inspectionsByMethod = Collections.unmodifiableMap(byMethod);
        Require.notNull(fines, "fines");
        Require.notNull(rewardsPaid, "rewardsPaid");
    }

    /** All inspections, whatever the method. */
    public long inspections() {
        return inspectionsByMethod.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The penalty rate in percent, rounded half up to one decimal: decided cases / inspections with findings × 100;
     * empty when no inspection found anything (no division by zero).
     */
    public Optional<BigDecimal> penaltyRate() {
        if (inspectionsWithFindings == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(cases).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(inspectionsWithFindings), 1, RoundingMode.HALF_UP));
    }

    /** These figures and {@code other}'s added up. */
    public EnforcementFigures plus(EnforcementFigures other) {
        Map<InspectionMethod, Long> byMethod = new EnumMap<>(inspectionsByMethod);
        other.inspectionsByMethod.forEach((method, count) -> byMethod.merge(method, count, Long::sum));
        return new EnforcementFigures(byMethod, findings + other.findings,
                inspectionsWithFindings + other.inspectionsWithFindings, cases + other.cases,
                fines.plus(other.fines), dualPenalties + other.dualPenalties, transfers + other.transfers,
                listings + other.listings, tipOffsReceived + other.tipOffsReceived,
                tipOffsVerified + other.tipOffsVerified, tipOffsRewarded + other.tipOffsRewarded,
                rewardsPaid.plus(other.rewardsPaid));
    }
}
