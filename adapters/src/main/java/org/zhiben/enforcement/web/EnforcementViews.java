package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.ChecklistItem;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionSignature;
import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyTraceStep;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;

/** What the enforcement API answers: names and codes, Chinese labels beside the codes, money in fen. */
final class EnforcementViews {

    private EnforcementViews() {
    }

    record ClauseView(String standardCode, String clauseNumber) {

        static ClauseView of(ClauseReference clause) {
            return clause == null ? null : new ClauseView(clause.standardCode(), clause.clauseNumber());
        }
    }

    record ItemView(String code, String text, String mark, String markLabel, @Schema(nullable = true) ClauseView clause, @Schema(nullable = true) String note,
            @Schema(nullable = true) UUID hazardId, @Schema(nullable = true) String hazardRefusal) {

        static ItemView of(ChecklistItem item) {
            return new ItemView(item.code(), item.text(), item.mark().name(), item.mark().label(),
                    ClauseView.of(item.clause()), item.note(), item.hazard() == null ? null : item.hazard().value(),
                    item.hazardRefusal());
        }
    }

    record InspectionView(UUID id, UUID enterpriseId, String jurisdiction, String industry, LocalDate inspectedOn,
            String method, String methodLabel, String inspectingUnit, List<String> inspectors, List<ItemView> checklist,
            List<String> signedBy, @Schema(nullable = true) Integer examScore, @Schema(nullable = true) Integer examPassMark, @Schema(nullable = true) Boolean examPassed, boolean closed,
            long version) {

        static InspectionView of(Inspection inspection) {
            return new InspectionView(inspection.id().value(), inspection.enterpriseId(),
                    inspection.jurisdiction().value(),
                    inspection.industry() == null ? null : inspection.industry().value(), inspection.inspectedOn(),
                    inspection.method().name(), inspection.method().label(), inspection.inspectingUnit(),
                    inspection.inspectors(), inspection.checklist().stream().map(ItemView::of).toList(),
                    inspection.signatures().stream().map(InspectionSignature::inspector).toList(),
                    inspection.exam().map(e -> e.score()).orElse(null),
                    inspection.exam().map(e -> e.passMark()).orElse(null),
                    inspection.exam().map(e -> e.passed()).orElse(null), inspection.closed(), inspection.version());
        }
    }

    record HazardAnswerView(boolean accepted, @Schema(nullable = true) UUID hazardId, @Schema(nullable = true) String refusalCode, @Schema(nullable = true) String refusal) {

        static HazardAnswerView of(HazardIntake.Answer answer) {
            return new HazardAnswerView(answer.isAccepted(), answer.isAccepted() ? answer.hazardId().value() : null,
                    answer.refusalCode(), answer.refusalMessage());
        }
    }

    record FindingRaisedView(InspectionView inspection, HazardAnswerView hazard) {
    }

    record ReviewView(UUID inspectionId, LocalDate inspectedOn, String inspectingUnit, List<String> inspectors,
            UUID hazardId, LocalDate hazardRegisteredOn, String hazardDescription, UUID enterpriseId) {

        static ReviewView of(ResponsibilityTracing.ReviewCase review) {
            return new ReviewView(review.inspection().id().value(), review.inspection().inspectedOn(),
                    review.inspection().inspectingUnit(), review.inspection().inspectors(),
                    review.hazard().id().value(), review.registeredOn(), review.hazard().description(),
                    review.inspection().enterpriseId());
        }
    }

    /** A measure as the public notice shows it: never naming the responsible person. */
    record PublicMeasureView(String kind, String party, @Schema(nullable = true) Long fineFen,
            @Schema(nullable = true) String detail) {

        static PublicMeasureView of(ReadPenaltyCases.PublicMeasure measure) {
            return new PublicMeasureView(measure.kind(), measure.party(), measure.fineFen(), measure.detail());
        }
    }

    /** A published decision (执法公示): enterprise, credit code, violation, basis, measures and deciding unit. */
    record PublicDecisionView(UUID caseId, String enterpriseName, String creditCode, String violation,
            List<String> basis, List<PublicMeasureView> measures, String decidingUnit, String decidingUnitName,
            LocalDate decidedOn, LocalDate publishedOn) {

        static PublicDecisionView of(ReadPenaltyCases.PublicDecision decision) {
            return new PublicDecisionView(decision.caseId().value(), decision.enterpriseName(), decision.creditCode(),
                    decision.violation(), decision.basis(),
                    decision.measures().stream().map(PublicMeasureView::of).toList(), decision.decidingUnit(),
                    decision.decidingUnitName(), decision.decidedOn(), decision.publishedOn());
        }
    }

    record MeasureView(String kind, String kindLabel, String party, String partyLabel, @Schema(nullable = true) Long fineFen, @Schema(nullable = true) String detail) {

        static MeasureView of(PenaltyMeasure measure) {
            return new MeasureView(measure.kind().name(), measure.kind().label(), measure.party().name(),
                    measure.party().label(), measure.fine() == null ? null : measure.fine().fen(), measure.detail());
        }
    }

    record CaseView(UUID id, UUID enterpriseId, String jurisdiction, String origin, @Schema(nullable = true) UUID originReference,
            String openingUnit, String violation, @Schema(nullable = true) String catalogueVersion, List<String> articles,
            @Schema(nullable = true) String band,
            List<MeasureView> measures, @Schema(nullable = true) String responsiblePerson, boolean dualPenalty, long totalFineFen,
            @Schema(nullable = true) String proposedOutcome, @Schema(nullable = true) String decidedOutcome, @Schema(nullable = true) String departureReason, @Schema(nullable = true) String policyBasis,
            @Schema(nullable = true) Boolean legalReviewApproved, @Schema(nullable = true) String legalReviewOpinion, @Schema(nullable = true) String legalReviewer, @Schema(nullable = true) LocalDate rightsNotifiedOn,
            @Schema(nullable = true) LocalDate decidedOn, @Schema(nullable = true) String decidingUnit, @Schema(nullable = true) LocalDate publicationDueOn, @Schema(nullable = true) LocalDate publishedOn,
            @Schema(nullable = true) LocalDate executedOn, @Schema(nullable = true) LocalDate transferredOn, @Schema(nullable = true) String receivingOrgan, @Schema(nullable = true) String transferReason,
            String status, String statusLabel, long version) {

        static CaseView of(PenaltyCase c) {
            return new CaseView(c.id().value(), c.enterpriseId(), c.jurisdiction().value(), c.origin().kind().name(),
                    c.origin().reference(), c.openingUnit(), c.violation(), c.catalogueVersion(), c.articleCodes(),
                    c.bandCode().orElse(null), c.measures().stream().map(MeasureView::of).toList(),
                    c.responsiblePerson().orElse(null), c.isDualPenalty(), c.totalFine().fen(),
                    c.policyDecision().map(d -> d.proposed().name()).orElse(null),
                    c.policyDecision().map(d -> d.decided().name()).orElse(null),
                    c.policyDecision().map(d -> d.reason()).orElse(null), c.policyBasis().orElse(null),
                    c.legalReview().map(r -> r.approved()).orElse(null),
                    c.legalReview().map(r -> r.opinion()).orElse(null),
                    c.legalReview().map(r -> r.reviewer().username()).orElse(null),
                    c.rightsNotifiedOn().orElse(null), c.decidedOn().orElse(null), c.decidingUnit().orElse(null),
                    c.publicationDueOn().orElse(null), c.publishedOn().orElse(null), c.executedOn().orElse(null),
                    c.transfer().map(t -> t.transferredOn()).orElse(null),
                    c.transfer().map(t -> t.receivingOrgan()).orElse(null),
                    c.transfer().map(t -> t.reason()).orElse(null), c.status().name(), c.status().label(),
                    c.version());
        }
    }

    record TraceView(int order, String clause, boolean applied, String facts, String explanationZh,
            String explanationEn) {

        static TraceView of(PenaltyTraceStep step) {
            return new TraceView(step.order(), step.clause().name(), step.applied(), step.facts(),
                    step.explanationZh(), step.explanationEn());
        }
    }

    record ProposalView(String outcome, String outcomeLabel, String basis, int longOverdueDays,
            List<TraceView> trace) {

        static ProposalView of(PenaltyAssessment assessment) {
            return new ProposalView(assessment.outcome().name(), assessment.outcome().label(), assessment.basis(),
                    assessment.longOverdueDays(), assessment.trace().stream().map(TraceView::of).toList());
        }
    }

    /** A tip-off as any role with access sees it: never the reporter's identity, only whether one is known. */
    record TipOffView(UUID id, String channel, String channelLabel, String matter, @Schema(nullable = true) UUID enterpriseId,
            @Schema(nullable = true) String enterpriseName,
            @Schema(nullable = true) String jurisdiction, boolean anonymous, boolean insider, Instant receivedAt, String status,
            String statusLabel, @Schema(nullable = true) String assignedUnit, @Schema(nullable = true) String verification, @Schema(nullable = true) UUID hazardId, @Schema(nullable = true) UUID caseId,
            @Schema(nullable = true) UUID duplicateOf, @Schema(nullable = true) Long rewardFen, @Schema(nullable = true) String rewardRules, @Schema(nullable = true) String rewardExplanation, @Schema(nullable = true) String rewardDecidedBy,
            @Schema(nullable = true) String rewardApprovedBy, @Schema(nullable = true) LocalDate paidOn, @Schema(nullable = true) String paymentReference, long version) {

        static TipOffView of(TipOff t) {
            return new TipOffView(t.id().value(), t.channel().name(), t.channel().label(), t.matter(),
                    t.enterpriseId().orElse(null), t.enterpriseName().orElse(null), t.jurisdiction().value(),
                    t.anonymous(), t.insider(),
                    t.receivedAt(), t.status().name(), t.status().label(), t.assignedUnit().orElse(null),
                    t.verification().map(Enum::name).orElse(null), t.hazard().map(HazardId::value).orElse(null),
                    t.penaltyCase().map(c -> c.value()).orElse(null), t.duplicateOf().map(d -> d.value()).orElse(null),
                    t.reward().map(r -> r.amount().fen()).orElse(null),
                    t.reward().map(r -> r.calculation().rules()).orElse(null),
                    t.reward().map(r -> r.calculation().explanation()).orElse(null),
                    t.reward().map(r -> r.decidedBy().username()).orElse(null),
                    t.reward().map(r -> r.approvedBy() == null ? null : r.approvedBy().username()).orElse(null),
                    t.payment().map(p -> p.paidOn()).orElse(null), t.payment().map(p -> p.reference()).orElse(null),
                    t.version());
        }
    }

    record ReporterView(@Schema(nullable = true) String name, @Schema(nullable = true) String contact) {

        /** Never the identity: the web layer logs the answers it writes at DEBUG level. */
        @Override
        public String toString() {
            return "ReporterView[protected]";
        }
    }

    record ListingView(UUID id, UUID enterpriseId, @Schema(nullable = true) String personName, String situation, String sourceArticle,
            @Schema(nullable = true) UUID caseId, String decidingUnit, @Schema(nullable = true) LocalDate notifiedOn, @Schema(nullable = true) LocalDate objectionEndsOn, @Schema(nullable = true) LocalDate decidedOn,
            @Schema(nullable = true) LocalDate publishedOn, @Schema(nullable = true) LocalDate managementEndsOn, @Schema(nullable = true) LocalDate earlyRemovalPossibleFrom,
            @Schema(nullable = true) LocalDate removedEarlyOn, @Schema(nullable = true) String removalRevokedReason, String status, String statusLabel, long version) {

        static ListingView of(DishonestyListing l) {
            return new ListingView(l.id().value(), l.enterpriseId(), l.personName().orElse(null),
                    l.situation().name(), l.situation().sourceArticle(), l.penaltyCase().value(), l.decidingUnit(),
                    l.notifiedOn(), l.objectionEndsOn(), l.decidedOn().orElse(null), l.publishedOn().orElse(null),
                    l.managementEndsOn().orElse(null), l.earlyRemovalPossibleFrom().orElse(null),
                    l.removedEarlyOn().orElse(null), l.removalRevokedReason().orElse(null), l.status().name(),
                    l.status().label(), l.version());
        }
    }
}
