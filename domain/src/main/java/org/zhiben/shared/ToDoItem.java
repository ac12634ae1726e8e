package org.zhiben.shared;

import java.time.LocalDate;

/**
 * One thing waiting for a caller to act on it — a hazard to determine, a milestone to report — as the module that
 * knows of it describes it. It is derived from the state of that module's data each time it is asked for, never
 * stored: once the action is done, the item is no longer given.
 *
 * @param kind    the message key naming what is to be done (e.g. {@code todo.hazard.determination}), in the
 *                module's message bundle
 * @param subject what it is about, as people name it (an enterprise's name, a task's title)
 * @param detail  more about it (the hazard's description, the milestone's text); may be empty
 * @param due     the day by which it is to be done; null when there is no such day
 * @param overdue whether {@code due} has passed
 * @param link    the path of the page with the form that clears it (e.g. {@code /hazards/…#move-determination})
 */
public record ToDoItem(String kind, String subject, String detail, LocalDate due, boolean overdue, String link) {

    public ToDoItem {
        kind = Require.notBlank(kind, "kind");
        subject = Require.notBlank(subject, "subject");
        detail = detail == null ? "" : detail.strip();
        link = Require.notBlank(link, "link");
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("a to-do item links to a path of the application: " + link);
        }
        if (overdue && due == null) {
            throw new IllegalArgumentException("an item without a due day cannot be overdue");
        }
    }
}
