package org.zhiben.campaign;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhiben.shared.Require;

/**
 * The task ledger as an overview reads it (declared read-only interface of the campaign module; the reporting
 * module's dashboard reads it): how many key tasks of each group stand in each status today.
 */
public interface LedgerOverview {

    /** Every task group of the plan in its order, with its tasks counted by status today. */
    List<GroupStatuses> statusesByGroup();

    /** One group's tasks counted by status (every status present). */
    record GroupStatuses(TaskGroup group, Map<TaskStatus, Long> counts) {

        public GroupStatuses {
            Require.notNull(group, "group");
            EnumMap<TaskStatus, Long> complete = new EnumMap<>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                complete.put(status, Require.notNull(counts, "counts").getOrDefault(status, 0L));
            }
            counts = Collections.unmodifiableMap(complete);
        }

        /** The group's lines of the ledger counted by status. */
        public static GroupStatuses of(TaskGroup group, Collection<TaskLedgerLine> lines) {
            Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
            for (TaskLedgerLine line : lines) {
                if (line.task().group() == group.number()) {
                    counts.merge(line.status(), 1L, Long::sum);
                }
            }
            return new GroupStatuses(group, counts);
        }

        /** The group's tasks, whatever their status. */
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
