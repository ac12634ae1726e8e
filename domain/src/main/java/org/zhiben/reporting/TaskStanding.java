package org.zhiben.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.zhiben.campaign.MilestoneStatus;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.UnitProgress;
import org.zhiben.campaign.UnitProgressStatus;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * What the task ledger (台账) said of one key task for one unit on a day: the task, whether the unit leads it (牵头) or
 * co-operates (配合), the task's status and the unit's part of it, and the ledger's figures. Frozen with a quarterly
 * progress or yearly summary when the unit submits it, with the names as they read then.
 *
 * @param leadUnitNames          the names of the task's lead units
 * @param unitStatus             the unit's part of the task
 * @param milestones             the task's milestones
 * @param milestonesCompleted    the milestones every answering unit has completed
 * @param milestonesOverdue      the milestones past their due day and not completed
 * @param unitMilestonesCompleted the milestones whose completion by the unit the lead unit accepted
 * @param entries                the progress entries on the task, of every unit
 * @param unitEntries            the unit's own entries on the task
 * @param lastReportedOn         the latest day the unit's entries report on; null when it has none
 * @param asOf                   the day the ledger stood so, at its end
 */
public record TaskStanding(int task, String title, int group, boolean lead, List<String> leadUnitNames,
                           TaskStatus status, UnitProgressStatus unitStatus, int milestones, int milestonesCompleted,
                           int milestonesOverdue, int unitMilestonesCompleted, int entries, int unitEntries,
                           LocalDate lastReportedOn, LocalDate asOf) {

    public TaskStanding {
        if (task < 1) {
            throw new IllegalArgumentException("a key task is numbered from 1");
        }
        Require.notBlank(title, "title");
        leadUnitNames = List.copyOf(Require.notNull(leadUnitNames, "leadUnitNames"));
        Require.notNull(status, "status");
        Require.notNull(unitStatus, "unitStatus");
        Require.notNull(asOf, "asOf");
    }

    /**
     * The unit's standing in the ledger's line of a task it answers for.
     *
     * @param names the name of a unit
     */
    public static TaskStanding of(TaskLedgerLine line, UnitCode unit, LocalDate asOf, Function<UnitCode, String> names) {
        UnitProgress part = line.units().stream().filter(p -> p.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unit + " does not answer for task "
                        + line.task().number()));
        return new TaskStanding(line.task().number(), line.task().title(), line.task().group(), part.lead(),
                line.task().leadUnits().stream().map(names).toList(), line.status(), part.status(),
                line.milestones().size(),
                (int) line.milestones().stream().filter(m -> m.status() == MilestoneStatus.COMPLETED).count(),
                (int) line.milestones().stream().filter(m -> m.status() == MilestoneStatus.OVERDUE).count(),
                part.completedMilestones().size(), line.entryCount(), part.entryCount(), part.lastReportedOn(), asOf);
    }
}
