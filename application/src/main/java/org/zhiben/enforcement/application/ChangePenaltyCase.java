package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.List;
import org.zhiben.enforcement.JudicialTransfer;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.LegalReview;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.PenaltyDecision;
import org.zhiben.enforcement.PenaltyGuidance;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The steps of a penalty case after it is opened, each on the case inside the caller's scope at the version the
 * caller saw, by the signed-in account: the basis and measures (catalogue in force today), the officer's decision on
 * the task-24 proposal (a departure needs a reason), the notice of rights, the legal review (by a legal reviewer), the
 * decision (a major one only after an approved legal review), its publication, its execution, and the transfer to
 * the judiciary.
 */
public class ChangePenaltyCase {

    public static final String BASIS_SET = "penalty-case.basis-set";
    public static final String POLICY_DECIDED = "penalty-case.policy-decided";
    public static final String RIGHTS_NOTIFIED = "penalty-case.rights-notified";
    public static final String LEGAL_REVIEWED = "penalty-case.legal-reviewed";
    public static final String DECIDED = "penalty-case.decided";
    public static final String PUBLISHED = "penalty-case.published";
    public static final String EXECUTED = "penalty-case.executed";
    public static final String TRANSFERRED = "penalty-case.transferred";

    /** Which case, at which version. */
    public record Target(PenaltyCaseId id, long expectedVersion) {

        public Target {
            Require.notNull(id, "caseId");
        }
    }

    private final EnforcementStore store;
    private final ProposePenalty proposals;

    public ChangePenaltyCase(EnforcementStore store, ProposePenalty proposals) {
        this.store = store;
        this.proposals = proposals;
    }

    public PenaltyCase setBasis(Target target, List<String> articles, String band, List<PenaltyMeasure> measures,
            String responsiblePerson) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        LegalCatalogue catalogue = LegalCatalogue.inForceOn(store.rules().catalogues(), store.today());
        penaltyCase.setBasisAndMeasures(catalogue, articles, band, measures, responsiblePerson);
        return stored(penaltyCase, BASIS_SET, null, "catalogue=" + catalogue.version() + ";articles="
                + String.join(",", penaltyCase.articleCodes()) + ";band=" + penaltyCase.bandCode().orElse("")
                + ";totalFineFen=" + penaltyCase.totalFine().fen() + ";dual=" + penaltyCase.isDualPenalty());
    }

    /** Records the officer's decision on what the task-24 rule proposes for the hazard behind the case. */
    public PenaltyCase decideOnProposal(Target target, HazardId hazardId, boolean fakeRectification,
            boolean notRectifying, boolean operatingAtRisk, PenaltyGuidance decided, String reason) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        PenaltyAssessment proposal = proposals.execute(hazardId, fakeRectification, notRectifying, operatingAtRisk);
        PenaltyDecision decision = PenaltyDecision.on(proposal, decided, reason, store.caller(), store.now());
        penaltyCase.recordPolicyDecision(proposal, decision);
        return stored(penaltyCase, POLICY_DECIDED, decision.reason(), "hazard=" + hazardId + ";proposed="
                + proposal.outcome() + ";decided=" + decided);
    }

    public PenaltyCase notifyRights(Target target, LocalDate on) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        penaltyCase.notifyRights(notInFuture(on, "notifiedOn"));
        return stored(penaltyCase, RIGHTS_NOTIFIED, null, "status=" + penaltyCase.status());
    }

    public PenaltyCase recordLegalReview(Target target, boolean approved, String opinion) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        penaltyCase.recordLegalReview(new LegalReview(approved, opinion, store.caller(), store.now()));
        return stored(penaltyCase, LEGAL_REVIEWED, opinion, "approved=" + approved);
    }

    public PenaltyCase decide(Target target, LocalDate on) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        LocalDate day = notInFuture(on, "decidedOn");
        MajorDecisionRule rule = MajorDecisionRule.inForceOn(store.rules().majorDecisionRules(), day);
        penaltyCase.decide(day, rule, store.rules().calendar(), store.caller(), store.now());
        return stored(penaltyCase, DECIDED, null, "decidedOn=" + day + ";major=" + penaltyCase.isMajor(rule)
                + ";publicationDueOn=" + penaltyCase.publicationDueOn().orElseThrow());
    }

    public PenaltyCase publish(Target target) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        penaltyCase.publish(store.today(), store.now());
        return stored(penaltyCase, PUBLISHED, null, "publishedOn=" + store.today() + ";dueOn="
                + penaltyCase.publicationDueOn().orElseThrow());
    }

    public PenaltyCase recordExecution(Target target, LocalDate on) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        penaltyCase.recordExecution(notInFuture(on, "executedOn"));
        return stored(penaltyCase, EXECUTED, null, "executedOn=" + on);
    }

    public PenaltyCase transfer(Target target, LocalDate on, String receivingOrgan, String reason) {
        PenaltyCase penaltyCase = store.penaltyCase(target.id(), target.expectedVersion());
        penaltyCase.transferToJudiciary(new JudicialTransfer(notInFuture(on, "transferredOn"), receivingOrgan,
                reason), store.now());
        return stored(penaltyCase, TRANSFERRED, reason, "transferredOn=" + on);
    }

    private LocalDate notInFuture(LocalDate day, String field) {
        Require.notNull(day, field);
        if (day.isAfter(store.today())) {
            throw new InvalidValueException(field, "enforcement.date.in-future", "the date cannot be in the future",
                    day);
        }
        return day;
    }

    private PenaltyCase stored(PenaltyCase penaltyCase, String action, String reason, String change) {
        PenaltyCase stored = store.store(penaltyCase);
        store.audit(PenaltyCase.ENTITY, stored.id(), action, reason, change);
        return stored;
    }
}
