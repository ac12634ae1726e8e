package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.enforcement.EnforcementPermissions;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseStatus;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.ToDoItem;
import org.zhiben.shared.ToDoItems;

/**
 * The penalty cases that wait for the caller, within its data scope, each linking to the form that clears it:
 * <ul>
 * <li>for a legal reviewer: the major decisions notified to the party and not yet reviewed (法制审核);</li>
 * <li>for an officer who runs cases: the cases whose legal review was approved and which await the decision, and the
 *     decisions not yet published, due within 7 working days of the decision (overdue once that day has passed).</li>
 * </ul>
 * Derived from the cases each time: once the step is taken, the item is gone.
 */
public class PenaltyCaseToDos implements ToDoItems {

    private final EnforcementStore store;

    public PenaltyCaseToDos(EnforcementStore store) {
        this.store = store;
    }

    /** The major decisions inside the caller's own scope that wait for a legal review, oldest notice first. */
    public List<PenaltyCase> awaitingLegalReview() {
        return awaitingReview(store.scope(), store.today());
    }

    @Override
    public List<ToDoItem> waitingFor(Caller caller) {
        if (caller.enterpriseOnly()) {
            return List.of();
        }
        List<ToDoItem> items = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        LocalDate today = caller.today();
        if (caller.holds(EnforcementPermissions.LEGAL_REVIEW)) {
            for (PenaltyCase penaltyCase : awaitingReview(caller.scope(), today)) {
                items.add(item("todo.enforcement.legal-review", penaltyCase, names, null, today,
                        "/enforcement/legal-review/" + penaltyCase.id().value()));
            }
        }
        if (caller.holds(EnforcementPermissions.PENALISE)) {
            for (PenaltyCase penaltyCase : store.cases().search(caller.scope())) {
                if (penaltyCase.status() == PenaltyCaseStatus.RIGHTS_NOTIFIED && penaltyCase.legalReview()
                        .filter(review -> review.approved()).isPresent()) {
                    items.add(item("todo.enforcement.decision", penaltyCase, names, null, today,
                            link(penaltyCase, "decision")));
                }
                if (penaltyCase.decidedOn().isPresent() && penaltyCase.publishedOn().isEmpty()) {
                    items.add(item("todo.enforcement.publication", penaltyCase, names,
                            penaltyCase.publicationDueOn().orElse(null), today, link(penaltyCase, "publication")));
                }
            }
        }
        return items;
    }

    private List<PenaltyCase> awaitingReview(DataScope scope, LocalDate today) {
        MajorDecisionRule rule = MajorDecisionRule.inForceOn(store.rules().majorDecisionRules(), today);
        return store.cases().search(scope).stream()
                .filter(c -> c.status() == PenaltyCaseStatus.RIGHTS_NOTIFIED && c.legalReview().isEmpty()
                        && c.isMajor(rule))
                .sorted(java.util.Comparator.comparing(c -> c.rightsNotifiedOn().orElse(today)))
                .toList();
    }

    private static String link(PenaltyCase penaltyCase, String step) {
        return "/enforcement/cases/" + penaltyCase.id().value() + "#step-" + step;
    }

    private ToDoItem item(String kind, PenaltyCase penaltyCase, Map<UUID, String> names, LocalDate due,
            LocalDate today, String link) {
        String subject = names.computeIfAbsent(penaltyCase.enterpriseId(), id -> store.enterprises()
                .findById(new EnterpriseId(id)).map(Enterprise::name).orElse(id.toString()));
        return new ToDoItem(kind, subject, penaltyCase.violation(), due, due != null && due.isBefore(today), link);
    }
}
