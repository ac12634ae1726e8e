package org.zhiben.campaign;

import java.util.List;
import java.util.Optional;

/** The campaign plan as reference data: its schedule, task groups, key tasks and the member units' assignments. */
public interface CampaignPlans {

    CampaignSchedule schedule();

    /** The task groups, ordered by number. */
    List<TaskGroup> groups();

    /** The key tasks, ordered by number. */
    List<KeyTask> tasks();

    /** The member units' assignments, ordered by number. */
    List<Assignment> assignments();

    /** The key task with this number, if the plan has one. */
    default Optional<KeyTask> findTask(int number) {
        return tasks().stream().filter(task -> task.number() == number).findFirst();
    }
}
