package org.zhiben.campaign;

import java.util.List;

import org.zhiben.shared.UnitCode;

/** A milestone past its due date and not completed, with the units that lead its task. */
public record OverdueMilestone(int taskNumber, String taskTitle, Milestone milestone, List<UnitCode> leadUnits,
                              int daysOverdue) {

    public OverdueMilestone {
        leadUnits = List.copyOf(leadUnits);
    }
}
