package org.zhiben.hazards.application;

import java.time.LocalDate;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/** Lists a major hazard for supervision (挂牌督办). */
public record ListHazardCommand(HazardId hazardId, long expectedVersion, ListingLevel level, UnitCode supervisingUnit,
        UnitCode responsibleUnit, LocalDate listedOn, LocalDate deadline, Actor actor) {

    public ListHazardCommand {
        HazardCommand.requireTarget(hazardId, expectedVersion, actor);
        Require.notNull(level, "level");
        Require.notNull(supervisingUnit, "supervisingUnit");
        Require.notNull(responsibleUnit, "responsibleUnit");
        Require.notNull(listedOn, "listedOn");
        Require.notNull(deadline, "deadline");
    }
}
