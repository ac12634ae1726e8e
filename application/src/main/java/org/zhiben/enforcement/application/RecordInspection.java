package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.ChecklistItem;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * Records an inspection of an enterprise inside the caller's scope (else 403): the date, the method, at least two
 * inspectors (the caller among them) and the checklist; the inspecting unit is the caller's.
 */
public class RecordInspection {

    public static final String ACTION = "inspection.recorded";

    /** One checklist item to check: its code and what is checked. */
    public record Item(String code, String text) {
    }

    public record Command(UUID enterpriseId, LocalDate inspectedOn, InspectionMethod method, List<String> inspectors,
            List<Item> checklist) {

        public Command {
            Require.notNull(enterpriseId, "enterpriseId");
            Require.notNull(inspectedOn, "inspectedOn");
            Require.notNull(method, "method");
            inspectors = List.copyOf(Require.notNull(inspectors, "inspectors"));
            checklist = List.copyOf(Require.notEmpty(checklist, "checklist"));
        }
    }

    private final EnforcementStore store;

    public RecordInspection(EnforcementStore store) {
        this.store = store;
    }

    public Inspection execute(Command command) {
        if (command.inspectedOn().isAfter(store.today())) {
            throw new InvalidValueException("inspectedOn", "enforcement.date.in-future",
                    "the date cannot be in the future", command.inspectedOn());
        }
        Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
        Inspection inspection = Inspection.record(InspectionId.newId(), command.enterpriseId(),
                enterprise.jurisdiction(), enterprise.industry(), command.inspectedOn(), command.method(),
                command.inspectors(), command.checklist().stream().map(i -> ChecklistItem.of(i.code(), i.text()))
                        .toList(), store.caller());
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "enterprise=" + stored.enterpriseId() + ";method="
                + stored.method() + ";inspectedOn=" + stored.inspectedOn() + ";inspectors="
                + String.join(",", stored.inspectors()) + ";items=" + stored.checklist().size());
        return stored;
    }
}
