package org.zhiben.enforcement.application;

import org.zhiben.enforcement.ChecklistItem;
import org.zhiben.enforcement.Inspection;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * Hands a finding of an inspection to the hazards module through its declared interface (channel
 * 督导检查发现/{@link DiscoveryChannel#SUPERVISORY_INSPECTION}, source = the inspection), and keeps the answer with the
 * finding: the hazard it became, or the hazards module's refusal and why, which the inspector sees at once.
 */
public class RaiseFindingAsHazard {

    public static final String ACTION = "inspection.finding-raised";

    private final EnforcementStore store;
    private final HazardIntake hazards;

    public RaiseFindingAsHazard(EnforcementStore store, HazardIntake hazards) {
        this.store = store;
        this.hazards = hazards;
    }

    /** The inspection as stored with the answer, and the answer itself. */
    public record Result(Inspection inspection, HazardIntake.Answer answer) {
    }

    public Result execute(InspectionTarget target, String itemCode, String location) {
        Inspection inspection = store.inspection(target.id(), target.expectedVersion());
        ChecklistItem item = inspection.item(itemCode);
        if (!item.isFinding()) {
            throw new RuleViolationException("enforcement.inspection.not-a-finding",
                    "only a finding can become a hazard", itemCode);
        }
        if (!inspection.inspectors().contains(store.caller().username())) {
            throw new org.zhiben.shared.NotPermittedException("enforcement.inspection.not-an-inspector",
                    "only the inspection's own inspectors act on it", store.caller().username());
        }
        String description = item.note() == null ? item.text() : item.text() + "：" + item.note();
        HazardIntake.Answer answer = hazards.report(new HazardIntake.Report(inspection.enterpriseId(),
                Require.notBlank(location, "location"), description, inspection.inspectedOn(),
                DiscoveryChannel.SUPERVISORY_INSPECTION, "JC-" + inspection.id(), item.clause()));
        if (answer.isAccepted()) {
            inspection.findingAccepted(itemCode, answer.hazardId());
        } else {
            inspection.findingRefused(itemCode, answer.refusalCode(), answer.refusalMessage(),
                    answer.arguments().stream().map(String::valueOf).toList());
        }
        Inspection stored = store.store(inspection);
        store.audit(Inspection.ENTITY, stored.id(), ACTION, null, "item=" + itemCode + (answer.isAccepted()
                ? ";hazard=" + answer.hazardId() : ";refused=" + answer.refusalCode()));
        return new Result(stored, answer);
    }
}
