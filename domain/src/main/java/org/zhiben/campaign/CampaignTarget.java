package org.zhiben.campaign;

import java.time.LocalDate;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One of the campaign's overall targets (the plan's {@code campaignTargets}), e.g. "2024年底前基本消除2023年及以前
 * 排查发现的重大事故隐患存量", and, when it is measured from the major-hazard database, how.
 *
 * @param measure         how the target is measured, or null when it is not measured from recorded data
 * @param measuredOn      the day the measure is taken (the due day unless the plan says otherwise; Kizilsu measures
 *                        its stock target on 2024-12-20, "于2024年12月20日前全部消除完毕2023年存量隐患")
 * @param foundOnOrBefore for {@link TargetMeasure#MAJOR_HAZARD_STOCK_CLEARED}: the baseline, the last discovery day
 *                        of the stock to clear (Kizilsu: 2023-12-31, "2023年及以前"); null otherwise
 * @param atMost          for a stock or overdue measure: the most hazards that may remain (0 when the plan says
 *                        nothing else); null for the increment
 */
public record CampaignTarget(String code, LocalDate due, String text, TargetMeasure measure, LocalDate measuredOn,
                             LocalDate foundOnOrBefore, Integer atMost) {

    public CampaignTarget {
        code = Require.notBlank(code, "campaignTarget.code");
        Require.notNull(due, "campaignTarget.due");
        text = Require.notBlank(text, "campaignTarget.text");
        if (measuredOn == null) {
            measuredOn = due;
        }
        if (measure == TargetMeasure.MAJOR_HAZARD_STOCK_CLEARED) {
            Require.notNull(foundOnOrBefore, "campaignTarget.foundOnOrBefore");
            if (!foundOnOrBefore.isBefore(measuredOn)) {
                throw new InvalidValueException("campaignTarget.foundOnOrBefore", "campaign.target.baseline-not-before",
                        "the stock's baseline must come before the day it is measured", foundOnOrBefore, measuredOn);
            }
        } else if (foundOnOrBefore != null) {
            throw new InvalidValueException("campaignTarget.foundOnOrBefore", "campaign.target.baseline-not-allowed",
                    "only a stock target has a baseline", code);
        }
        if (measure == TargetMeasure.MAJOR_HAZARD_INCREMENT_CONTAINED || measure == null) {
            if (atMost != null) {
                throw new InvalidValueException("campaignTarget.atMost", "campaign.target.at-most-not-allowed",
                        "only a stock or overdue target has a most-remaining value", code);
            }
        } else {
            atMost = atMost == null ? 0 : Checks.inRange(atMost, 0, 1_000_000, "campaignTarget.atMost");
        }
    }

    /** A target that is not measured from recorded data. */
    public CampaignTarget(String code, LocalDate due, String text) {
        this(code, due, text, null, null, null, null);
    }
}
