package org.zhiben.enforcement.application;

import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyDecision;
import org.zhiben.enforcement.PenaltyGuidance;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.Require;

/**
 * Records the officer's decision on what the task-24 rule proposes for the hazard behind a case: “the policy proposes
 * and an officer decides. A decision that departs from the proposal needs a reason, and the reason is kept”.
 */
public class DecideOnPenaltyProposal {

    public static final String ACTION = "penalty-case.policy-decided";

    /**
     * The hazard the proposal is read from, the findings only an inspection establishes, the outcome decided and the
     * reason (required when it departs from the proposal).
     */
    public record Command(PenaltyCaseTarget target, HazardId hazardId, boolean fakeRectification,
            boolean notRectifying, boolean operatingAtRisk, PenaltyGuidance decided, String reason) {

        public Command {
            Require.notNull(hazardId, "hazardId");
            Require.notNull(decided, "decided");
        }
    }

    private final EnforcementStore store;
    private final ProposePenalty proposals;

    public DecideOnPenaltyProposal(EnforcementStore store, ProposePenalty proposals) {
        this.store = store;
        this.proposals = proposals;
    }

    public PenaltyCase execute(Command command) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, command.target());
        PenaltyAssessment proposal = proposals.execute(command.hazardId(), command.fakeRectification(),
                command.notRectifying(), command.operatingAtRisk());
        PenaltyDecision decision = PenaltyDecision.on(proposal, command.decided(), command.reason(), store.caller(),
                store.now());
        penaltyCase.recordPolicyDecision(proposal, decision);
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, decision.reason(), "hazard=" + command.hazardId()
                + ";proposed=" + proposal.outcome() + ";decided=" + command.decided());
    }
}
