package org.zhiben.campaign.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.shared.ToDoItem;
import org.zhiben.shared.ToDoItems;

/**
 * The signed-in user's to-do list, combined from what every module contributes ({@link ToDoItems} beans): this
 * module knows none of their kinds.
 */
@Component
class ToDoLists {

    private final List<ToDoItems> sources;
    private final CurrentActors actors;
    private final Clock clock;

    ToDoLists(List<ToDoItems> sources, CurrentActors actors, Clock clock) {
        this.sources = List.copyOf(sources);
        this.actors = actors;
        this.clock = clock;
    }

    /** The items waiting for the signed-in user today, overdue ones first. */
    List<ToDoItem> items() {
        return ToDoItems.combined(sources, caller());
    }

    /** Whether the signed-in user sees one or more enterprises only (an enterprise's own safety manager). */
    boolean enterpriseOnly() {
        return caller().enterpriseOnly();
    }

    private ToDoItems.Caller caller() {
        return new ToDoItems.Caller(actors.actor(), actors.scope(), PageAccess.permissions(), LocalDate.now(clock));
    }
}
