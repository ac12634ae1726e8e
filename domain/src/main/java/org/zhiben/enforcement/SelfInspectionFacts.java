package org.zhiben.enforcement;

import java.time.LocalDate;
import java.time.ZoneId;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The facts the self-inspection penalty rule weighs, as established by the supervising department.
 *
 * @param channel              how the hazard was found (only {@link DiscoveryChannel#SELF_INSPECTION} is 自查发现)
 * @param reportedByEnterprise whether the enterprise reported it itself (主动上报, 双报告)
 * @param daysOverdue          days the rectification is or was past its deadline; 0 when in time
 * @param fakeRectification    the rectification was faked (假整改)
 * @param notRectifying        the enterprise does not rectify (不整改)
 * @param operatingAtRisk      it keeps organising production at risk (冒险组织生产作业)
 */
public record SelfInspectionFacts(DiscoveryChannel channel, boolean reportedByEnterprise, long daysOverdue,
        boolean fakeRectification, boolean notRectifying, boolean operatingAtRisk) {

    public SelfInspectionFacts {
        Require.notNull(channel, "channel");
        if (daysOverdue < 0) {
            throw new InvalidValueException("daysOverdue", "enforcement.penalty.days-overdue-negative",
                    "days overdue must not be negative", daysOverdue);
        }
    }

    /**
     * The facts a hazard's record shows on {@code today}, read from its history: its channel, whether it came in
     * through the enterprise's own report, and how late its rectification is or was ({@link MajorHazard#daysLate});
     * the findings about fake or refused rectification and operation at risk come from an inspection.
     */
    public static SelfInspectionFacts of(MajorHazard hazard, LocalDate today, ZoneId zone,
            boolean fakeRectification, boolean notRectifying, boolean operatingAtRisk) {
        return new SelfInspectionFacts(hazard.channel(), hazard.channel() == DiscoveryChannel.SELF_INSPECTION,
                hazard.daysLate(today, zone), fakeRectification, notRectifying, operatingAtRisk);
    }
}
