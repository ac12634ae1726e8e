package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.DutySeparationRule;
import org.zhiben.hazards.DutySeparationRule.Duty;
import org.zhiben.hazards.HazardPermissions;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.DutySeparationRules;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.ToDoItem;
import org.zhiben.shared.ToDoItems;

/**
 * The hazards that wait for the caller, within its data scope, each linking to the form of the hazard's page that
 * clears it:
 * <ul>
 * <li>for a caller who supervises hazards (“负有安全监管职责有关部门审核把关销号”): those reported and awaiting
 *     determination, determined and awaiting their rectification plan, rectified and awaiting acceptance (验收),
 *     accepted and awaiting write-off, and those with a deadline extension awaiting a decision — the acceptance,
 *     write-off and decision only for whom the separation-of-duties rule in force lets take them (not whoever
 *     reported or rectified the hazard, not whoever requested the extension: {@link DutySeparationRule});</li>
 * <li>for an enterprise's own safety manager: its hazards under rectification, to be rectified and submitted by their
 *     deadline (overdue once it has passed).</li>
 * </ul>
 * Derived from the hazards' status each time: once the move is made, the item is gone.
 */
public class HazardToDos implements ToDoItems {

    /** How many hazards of each source are listed at most. */
    static final int LIMIT = 200;

    private static final Set<HazardStatus> SUPERVISED = EnumSet.of(HazardStatus.REPORTED, HazardStatus.DETERMINED,
            HazardStatus.RECTIFIED, HazardStatus.VERIFIED);

    private final MajorHazards hazards;
    private final Enterprises enterprises;
    private final DutySeparationRules duties;

    public HazardToDos(MajorHazards hazards, Enterprises enterprises, DutySeparationRules duties) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.duties = duties;
    }

    @Override
    public List<ToDoItem> waitingFor(Caller caller) {
        List<ToDoItem> items = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        LocalDate today = caller.today();
        if (caller.holds(HazardPermissions.SUPERVISE) && !caller.enterpriseOnly()) {
            DutySeparationRule rule = DutySeparationRule.inForceOn(duties.findAll(), today);
            for (MajorHazard hazard : hazards.findWaiting(SUPERVISED, true, caller.scope(), LIMIT)) {
                String subject = name(hazard, names);
                if (hazard.pendingExtension().isPresent() && allowed(rule, hazard, Duty.DECIDE_EXTENSION, caller)) {
                    LocalDate deadline = hazard.currentDeadline().orElse(null);
                    items.add(item("todo.hazard.extension-decision", subject, hazard, deadline, today,
                            "extensionDecision"));
                }
                switch (hazard.status()) {
                    case REPORTED -> items.add(item("todo.hazard.determination", subject, hazard, null, today,
                            "determination"));
                    case DETERMINED -> items.add(item("todo.hazard.plan", subject, hazard, null, today, "plan"));
                    case RECTIFIED -> {
                        if (allowed(rule, hazard, Duty.VERIFY, caller)) {
                            items.add(item("todo.hazard.verification", subject, hazard, null, today,
                                    "verification"));
                        }
                    }
                    case VERIFIED -> {
                        if (allowed(rule, hazard, Duty.WRITE_OFF, caller)) {
                            items.add(item("todo.hazard.write-off", subject, hazard, null, today, "writeOff"));
                        }
                    }
                    default -> { }
                }
            }
        }
        if (caller.holds(HazardPermissions.REPORT) && caller.enterpriseOnly()) {
            for (MajorHazard hazard : hazards.findWaiting(EnumSet.of(HazardStatus.RECTIFYING), false,
                    caller.scope(), LIMIT)) {
                if (hazard.plan().isPresent()) {
                    items.add(item("todo.hazard.rectification", name(hazard, names), hazard,
                            hazard.currentDeadline().orElse(null), today, "rectification"));
                }
            }
        }
        return items;
    }

    /** Whether the separation-of-duties rule lets the caller take this step of the hazard. */
    private static boolean allowed(DutySeparationRule rule, MajorHazard hazard, Duty duty, Caller caller) {
        try {
            rule.check(hazard, duty, caller.actor());
            return true;
        } catch (RuleViolationException kept) {
            return false;
        }
    }

    private static ToDoItem item(String kind, String subject, MajorHazard hazard, LocalDate due, LocalDate today,
            String move) {
        String number = hazard.number() == null ? "" : hazard.number().value() + " ";
        return new ToDoItem(kind, subject, number + hazard.location() + "：" + hazard.description(), due,
                due != null && due.isBefore(today), "/hazards/" + hazard.id().value() + "#move-" + move);
    }

    private String name(MajorHazard hazard, Map<UUID, String> names) {
        return names.computeIfAbsent(hazard.enterpriseId(), id -> enterprises.findById(new EnterpriseId(id))
                .map(Enterprise::name).orElse(id.toString()));
    }
}
