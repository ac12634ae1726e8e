package org.zhiben.enforcement;

import java.time.LocalDate;
import java.time.ZoneId;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.PrincipalCheckStanding;
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
 * @param principalChecks      whether the enterprise's principal was leading the periodic checks of task 24 when the
 *                             hazard was found (read from the hazards module's {@code PrincipalChecks}): missed ones
 *                             are 不自查 as much as a hazard found by someone else
 */
public record SelfInspectionFacts(DiscoveryChannel channel, boolean reportedByEnterprise, long daysOverdue,
        boolean fakeRectification, boolean notRectifying, boolean operatingAtRisk,
        PrincipalCheckStanding principalChecks) {

    public SelfInspectionFacts {
        Require.notNull(channel, "channel");
        Require.notNull(principalChecks, "principalChecks");
        if (daysOverdue < 0) {
            throw new InvalidValueException("daysOverdue", "enforcement.penalty.days-overdue-negative",
                    "days overdue must not be negative", daysOverdue);
        }
    }

    /** Whether the enterprise self-inspected (自查): found the hazard itself and kept its principal's checks. */
    public boolean selfInspected() {
        return channel == DiscoveryChannel.SELF_INSPECTION && !principalChecks.missed();
    }

    /**
     * The facts a hazard's record shows on {@code today}, read from its history: its channel, whether it came in
     * through the enterprise's own report, and how late its rectification is or was ({@link MajorHazard#daysLate});
     * the standing of the principal's periodic checks on the day it was found; the findings about fake or refused
     * rectification and operation at risk come from an inspection.
     */
    public static SelfInspectionFacts of(MajorHazard hazard, LocalDate today, ZoneId zone,
            PrincipalCheckStanding principalChecks, boolean fakeRectification, boolean notRectifying,
            boolean operatingAtRisk) {
        return new SelfInspectionFacts(hazard.channel(), hazard.channel() == DiscoveryChannel.SELF_INSPECTION,
                hazard.daysLate(today, zone), fakeRectification, notRectifying, operatingAtRisk, principalChecks);
    }
}
