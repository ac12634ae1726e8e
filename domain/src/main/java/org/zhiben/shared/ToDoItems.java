package org.zhiben.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The to-do items one module knows of (a port every module that has work for people implements, as it contributes
 * its access rules): which of its matters wait for the given caller to act, within the caller's data scope and
 * permissions. The module that shows a to-do list asks every implementation and {@linkplain #combined combines} their
 * items; it knows none of them.
 */
public interface ToDoItems {

    /** The items waiting for the caller, as of {@link Caller#today()}. */
    List<ToDoItem> waitingFor(Caller caller);

    /**
     * Who asks: the actor (with its unit), the data it may see, the permissions it holds (their
     * {@linkplain Permission#scope() scopes}) and the day it asks on.
     */
    record Caller(Actor actor, DataScope scope, Set<String> permissions, LocalDate today) {

        public Caller {
            Require.notNull(actor, "actor");
            Require.notNull(scope, "scope");
            permissions = Set.copyOf(Require.notNull(permissions, "permissions"));
            Require.notNull(today, "today");
        }

        /** Whether the caller holds the permission. */
        public boolean holds(Permission permission) {
            return permissions.contains(permission.scope());
        }

        /**
         * Whether the caller sees enterprises only (an enterprise's own safety manager), and so acts for its
         * enterprise rather than as a supervisor.
         */
        public boolean enterpriseOnly() {
            return !scope.prefectureWide() && scope.jurisdictions().isEmpty() && scope.industries().isEmpty()
                    && !scope.enterpriseIds().isEmpty();
        }
    }

    /**
     * The items of every source for the caller: overdue ones first, then by due day (the earliest first), those
     * without a due day last; each group in the order its source gave them.
     */
    static List<ToDoItem> combined(List<? extends ToDoItems> sources, Caller caller) {
        List<ToDoItem> all = new ArrayList<>();
        for (ToDoItems source : sources) {
            all.addAll(source.waitingFor(caller));
        }
        all.sort(Comparator.comparing((ToDoItem item) -> !item.overdue())
                .thenComparing(ToDoItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(all);
    }
}
