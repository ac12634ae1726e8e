package org.zhiben.enforcement.config;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enforcement.CaseIntake;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.application.AddInspectionEvidence;
import org.zhiben.enforcement.application.CloseInspection;
import org.zhiben.enforcement.application.FindInspectionChecklist;
import org.zhiben.enforcement.application.MarkChecklistItem;
import org.zhiben.enforcement.application.RecordPrincipalExam;
import org.zhiben.enforcement.application.SignInspection;
import org.zhiben.enforcement.application.DecideDishonestyListing;
import org.zhiben.enforcement.application.DecideOnPenaltyProposal;
import org.zhiben.enforcement.application.DecidePenaltyCase;
import org.zhiben.enforcement.application.DishonestyBadges;
import org.zhiben.enforcement.application.NotifyDishonestyListing;
import org.zhiben.enforcement.application.NotifyPenaltyRights;
import org.zhiben.enforcement.application.PublishDishonestyListing;
import org.zhiben.enforcement.application.PublishPenaltyDecision;
import org.zhiben.enforcement.application.ReadDishonestyListings;
import org.zhiben.enforcement.application.RecordLegalReview;
import org.zhiben.enforcement.application.RecordPenaltyExecution;
import org.zhiben.enforcement.application.RemoveListingEarly;
import org.zhiben.enforcement.application.RevokeEarlyRemoval;
import org.zhiben.enforcement.application.SetPenaltyBasis;
import org.zhiben.enforcement.application.TransferCaseToJudiciary;
import org.zhiben.enforcement.application.EnforcementStore;
import org.zhiben.enforcement.application.AcceptTipOff;
import org.zhiben.enforcement.application.ApproveTipOffReward;
import org.zhiben.enforcement.application.AssignTipOff;
import org.zhiben.enforcement.application.CloseTipOff;
import org.zhiben.enforcement.application.DecideTipOffReward;
import org.zhiben.enforcement.application.LinkTipOffOutcome;
import org.zhiben.enforcement.application.MarkTipOffDuplicate;
import org.zhiben.enforcement.application.RaiseTipOffHazard;
import org.zhiben.enforcement.application.RecordRewardPayment;
import org.zhiben.enforcement.application.VerifyTipOff;
import org.zhiben.enforcement.application.PublishTypicalCase;
import org.zhiben.enforcement.application.ReadTypicalCases;
import org.zhiben.enforcement.storage.TypicalCases;
import org.zhiben.enforcement.application.OpenPenaltyCase;
import org.zhiben.enforcement.application.PenaltyCaseToDos;
import org.zhiben.enforcement.application.ProposePenalty;
import org.zhiben.enforcement.application.RaiseFindingAsHazard;
import org.zhiben.enforcement.application.ReadInspections;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.ReadTipOffs;
import org.zhiben.enforcement.application.ReceiveTipOff;
import org.zhiben.enforcement.application.RecordInspection;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enforcement.storage.EvidenceFiles;
import org.zhiben.enforcement.storage.Inspections;
import org.zhiben.enforcement.storage.PenaltyCases;
import org.zhiben.enforcement.storage.TipOffs;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.PrincipalChecks;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileContentRules.ContentType;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.shared.DomainEvents;

/**
 * Wires the enforcement use cases (plain classes of the application jar) to their adapters, each decorated by
 * {@link UseCaseTransactions#wrap}: every public method is one transaction, and a refusal rolls back the change, its
 * audit entry and its events together. Findings and verified tip-offs reach the hazards module only through its
 * declared {@link HazardIntake}.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementConfiguration {

    private final EnforcementStore store;
    private final UseCaseTransactions tx;

    @SuppressWarnings("java:S107")
    EnforcementConfiguration(Inspections inspections, PenaltyCases cases, TipOffs tipOffs,
            DishonestyListings listings, Enterprises enterprises, EnforcementRules rules, DomainEvents events,
            CurrentActors actors, AuditRecorder audit, Clock clock, UseCaseTransactions tx) {
        this.store = new EnforcementStore(inspections, cases, tipOffs, listings, enterprises, rules, events, actors,
                audit, clock);
        this.tx = tx;
    }

    @Bean
    RecordInspection recordInspection() {
        return tx.wrap(new RecordInspection(store));
    }

    @Bean
    MarkChecklistItem markChecklistItem() {
        return tx.wrap(new MarkChecklistItem(store));
    }

    @Bean
    SignInspection signInspection() {
        return tx.wrap(new SignInspection(store));
    }

    @Bean
    CloseInspection closeInspection() {
        return tx.wrap(new CloseInspection(store));
    }

    @Bean
    RecordPrincipalExam recordPrincipalExam() {
        return tx.wrap(new RecordPrincipalExam(store));
    }

    @Bean
    AddInspectionEvidence addInspectionEvidence(EvidenceFiles files) {
        return tx.wrap(new AddInspectionEvidence(store, files));
    }

    @Bean
    FindInspectionChecklist findInspectionChecklist(DeterminationStandards standards,
            StandardApplicabilities applicabilities) {
        return tx.wrap(new FindInspectionChecklist(store, standards, applicabilities));
    }

    /** What a photo or document of an inspection may be: JPEG, PNG or PDF, 10 MB by default. */
    @Bean
    FileContentRules inspectionEvidenceRules(
            @Value("${zhiben.enforcement.evidence.max-size:10MB}") DataSize maxSize) {
        return new FileContentRules("enforcement.evidence", maxSize.toBytes(), ContentType.JPEG, ContentType.PNG,
                ContentType.PDF);
    }

    @Bean
    RaiseFindingAsHazard raiseFindingAsHazard(HazardIntake hazards) {
        return tx.wrap(new RaiseFindingAsHazard(store, hazards));
    }

    @Bean
    ReadInspections readInspections(HazardIntake hazards, EvidenceFiles files) {
        return tx.wrap(new ReadInspections(store, hazards, files));
    }

    @Bean
    OpenPenaltyCase openPenaltyCase() {
        return tx.wrap(new OpenPenaltyCase(store));
    }

    /**
     * How other modules open a case (training's reports of proxy training or exams and no-shows): the same use case
     * as the API's, in the caller's transaction and data scope.
     */
    @Bean
    CaseIntake caseIntake(OpenPenaltyCase open) {
        return (enterpriseId, origin, violation) -> open.execute(new OpenPenaltyCase.Command(enterpriseId, origin,
                violation)).id();
    }

    @Bean
    ProposePenalty proposePenalty(HazardIntake hazards, PrincipalChecks principalChecks) {
        return tx.wrap(new ProposePenalty(store, hazards, principalChecks));
    }

    @Bean
    SetPenaltyBasis setPenaltyBasis() {
        return tx.wrap(new SetPenaltyBasis(store));
    }

    @Bean
    DecideOnPenaltyProposal decideOnPenaltyProposal(HazardIntake hazards, PrincipalChecks principalChecks) {
        return tx.wrap(new DecideOnPenaltyProposal(store, new ProposePenalty(store, hazards, principalChecks)));
    }

    @Bean
    NotifyPenaltyRights notifyPenaltyRights() {
        return tx.wrap(new NotifyPenaltyRights(store));
    }

    @Bean
    RecordLegalReview recordLegalReview() {
        return tx.wrap(new RecordLegalReview(store));
    }

    @Bean
    DecidePenaltyCase decidePenaltyCase() {
        return tx.wrap(new DecidePenaltyCase(store));
    }

    @Bean
    PublishPenaltyDecision publishPenaltyDecision() {
        return tx.wrap(new PublishPenaltyDecision(store));
    }

    @Bean
    RecordPenaltyExecution recordPenaltyExecution() {
        return tx.wrap(new RecordPenaltyExecution(store));
    }

    @Bean
    TransferCaseToJudiciary transferCaseToJudiciary() {
        return tx.wrap(new TransferCaseToJudiciary(store));
    }

    @Bean
    PenaltyCaseToDos penaltyCaseToDos() {
        return tx.wrap(new PenaltyCaseToDos(store));
    }

    @Bean
    ReadPenaltyCases readPenaltyCases(MemberUnits units) {
        return tx.wrap(new ReadPenaltyCases(store, units));
    }

    @Bean
    ReceiveTipOff receiveTipOff() {
        return tx.wrap(new ReceiveTipOff(store));
    }

    @Bean
    AcceptTipOff acceptTipOff() {
        return tx.wrap(new AcceptTipOff(store));
    }

    @Bean
    AssignTipOff assignTipOff() {
        return tx.wrap(new AssignTipOff(store));
    }

    @Bean
    VerifyTipOff verifyTipOff() {
        return tx.wrap(new VerifyTipOff(store));
    }

    @Bean
    RaiseTipOffHazard raiseTipOffHazard(HazardIntake hazards) {
        return tx.wrap(new RaiseTipOffHazard(store, hazards));
    }

    @Bean
    LinkTipOffOutcome linkTipOffOutcome() {
        return tx.wrap(new LinkTipOffOutcome(store));
    }

    @Bean
    MarkTipOffDuplicate markTipOffDuplicate() {
        return tx.wrap(new MarkTipOffDuplicate(store));
    }

    @Bean
    DecideTipOffReward decideTipOffReward() {
        return tx.wrap(new DecideTipOffReward(store));
    }

    @Bean
    ApproveTipOffReward approveTipOffReward() {
        return tx.wrap(new ApproveTipOffReward(store));
    }

    @Bean
    RecordRewardPayment recordRewardPayment() {
        return tx.wrap(new RecordRewardPayment(store));
    }

    @Bean
    CloseTipOff closeTipOff() {
        return tx.wrap(new CloseTipOff(store));
    }

    @Bean
    PublishTypicalCase publishTypicalCase(TypicalCases typicalCases) {
        return tx.wrap(new PublishTypicalCase(store, typicalCases));
    }

    @Bean
    ReadTypicalCases readTypicalCases(TypicalCases typicalCases) {
        return tx.wrap(new ReadTypicalCases(typicalCases));
    }

    @Bean
    ReadTipOffs readTipOffs() {
        return tx.wrap(new ReadTipOffs(store));
    }

    @Bean
    NotifyDishonestyListing notifyDishonestyListing() {
        return tx.wrap(new NotifyDishonestyListing(store));
    }

    @Bean
    DecideDishonestyListing decideDishonestyListing() {
        return tx.wrap(new DecideDishonestyListing(store));
    }

    @Bean
    PublishDishonestyListing publishDishonestyListing() {
        return tx.wrap(new PublishDishonestyListing(store));
    }

    @Bean
    RemoveListingEarly removeListingEarly() {
        return tx.wrap(new RemoveListingEarly(store));
    }

    @Bean
    RevokeEarlyRemoval revokeEarlyRemoval() {
        return tx.wrap(new RevokeEarlyRemoval(store));
    }

    @Bean
    ReadDishonestyListings readDishonestyListings() {
        return tx.wrap(new ReadDishonestyListings(store));
    }

    @Bean
    DishonestyBadges dishonestyBadges(DishonestyListings listings, Clock clock) {
        return tx.wrap(new DishonestyBadges(listings, clock));
    }
}
