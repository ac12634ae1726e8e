package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.shared.RuleViolationException;

/**
 * A tip-off verified true or partly true becomes a hazard through the hazards module's declared interface (channel
 * 群众举报查实, source = the tip-off) and is linked to it; a refusal of the hazards module is answered and nothing
 * changes.
 */
public class RaiseTipOffHazard {

    public static final String ACTION = "tip-off.hazard-raised";

    /** The tip-off as stored, and the hazards module's answer to the hazard it was to become. */
    public record Raised(TipOff tipOff, HazardIntake.Answer answer) {
    }

    private final EnforcementStore store;
    private final HazardIntake hazards;

    public RaiseTipOffHazard(EnforcementStore store, HazardIntake hazards) {
        this.store = store;
        this.hazards = hazards;
    }

    public Raised execute(TipOffTarget target, String location, String description, ClauseReference clause) {
        TipOff tipOff = TipOffSteps.load(store, target);
        if (tipOff.enterpriseId().isEmpty()) {
            throw new RuleViolationException("enforcement.tipoff.no-enterprise",
                    "only a tip-off about a registered enterprise becomes a hazard");
        }
        if (tipOff.verification().filter(VerificationResult::valid).isEmpty()) {
            throw new RuleViolationException("enforcement.tipoff.outcome-needs-valid",
                    "only a tip-off verified true or partly true leads to a hazard or a case");
        }
        LocalDate verifiedOn = tipOff.history().get(tipOff.history().size() - 1).at()
                .atZone(store.clock().getZone()).toLocalDate();
        HazardIntake.Answer answer = hazards.report(new HazardIntake.Report(tipOff.enterpriseId().orElseThrow(),
                location, description, verifiedOn, DiscoveryChannel.VERIFIED_TIP_OFF, "JB-" + tipOff.id(), clause));
        if (!answer.isAccepted()) {
            return new Raised(tipOff, answer);
        }
        tipOff.linkOutcome(answer.hazardId(), null, store.caller(), store.now());
        return new Raised(TipOffSteps.stored(store, tipOff, ACTION, "hazard=" + answer.hazardId()), answer);
    }
}
