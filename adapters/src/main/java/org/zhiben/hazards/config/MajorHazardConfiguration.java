package org.zhiben.hazards.config;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.hazards.application.AddHazardAttachment;
import org.zhiben.hazards.application.CancelHazard;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.application.ComputeCampaignIndicators;
import org.zhiben.hazards.application.DecideDeadlineExtension;
import org.zhiben.hazards.application.DetermineHazard;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.HazardIntakeService;
import org.zhiben.hazards.application.HazardStore;
import org.zhiben.hazards.application.ImportStandard;
import org.zhiben.hazards.application.ImportStandardVersion;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.ManageEscalationPolicies;
import org.zhiben.hazards.application.PutStandardInForce;
import org.zhiben.hazards.application.ReadHazardOverview;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.ReadInbox;
import org.zhiben.hazards.application.HazardToDos;
import org.zhiben.hazards.application.ReadStandards;
import org.zhiben.hazards.application.RefuseAcceptance;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.RemoveListing;
import org.zhiben.hazards.application.ReportHazard;
import org.zhiben.hazards.application.RequestDeadlineExtension;
import org.zhiben.hazards.application.RunEscalation;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.hazards.application.SetStandardEffectiveFrom;
import org.zhiben.hazards.application.SubmitRectification;
import org.zhiben.hazards.application.VerifyRectification;
import org.zhiben.hazards.application.WriteOffHazard;
import org.zhiben.hazards.storage.DutySeparationRules;
import org.zhiben.hazards.storage.EscalationPolicies;
import org.zhiben.hazards.storage.EscalationRunLog;
import org.zhiben.hazards.storage.HazardCounts;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.hazards.storage.HazardTimeline;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.Industries;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileContentRules.ContentType;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.UnitCode;

/**
 * Wires the hazard module's use cases (plain classes of the application jar) to their adapters. Every use case bean
 * is decorated by {@link UseCaseTransactions#wrap}: the controllers, pages and jobs call one use case per operation
 * and open no transaction themselves.
 */
@Configuration(proxyBeanMethods = false)
class MajorHazardConfiguration {

    private final HazardStore store;
    private final UseCaseTransactions tx;

    MajorHazardConfiguration(MajorHazards hazards, HazardNumbering numbering, DomainEvents events,
            CurrentActors actors, AuditRecorder audit, Clock clock, UseCaseTransactions tx) {
        this.store = new HazardStore(hazards, numbering, events, actors, audit, clock);
        this.tx = tx;
    }

    /** What a hazard attachment (evidence, photo) may be: JPEG, PNG or PDF, 10 MB by default. */
    @Bean
    FileContentRules hazardAttachmentRules(
            @Value("${zhiben.hazards.attachments.max-size:10MB}") DataSize maxSize) {
        return new FileContentRules("hazard.attachment", maxSize.toBytes(), ContentType.JPEG, ContentType.PNG,
                ContentType.PDF);
    }

    // ------------------------------------------------------------------------------------------------ hazards

    @Bean
    ReadHazards readHazards(HazardTimeline timelines, HazardFiles files, HazardInbox inbox,
            Enterprises enterprises) {
        return tx.wrap(new ReadHazards(store, timelines, files, inbox, enterprises));
    }

    @Bean
    ReadInbox readInbox(HazardInbox inbox, CurrentActors actors, Clock clock) {
        return tx.wrap(new ReadInbox(inbox, actors, clock));
    }

    /** The hazards waiting for the caller, for the to-do list of whichever module shows one. */
    @Bean
    HazardToDos hazardToDos(MajorHazards hazards, Enterprises enterprises, DutySeparationRules duties) {
        return tx.wrap(new HazardToDos(hazards, enterprises, duties));
    }

    @Bean
    ReportHazard reportHazard(DeterminationStandards standards, StandardApplicabilities applicabilities,
            Enterprises enterprises, HazardFiles files) {
        return tx.wrap(new ReportHazard(store, new DetermineHazard(standards, applicabilities), enterprises, files));
    }

    /** The declared intake other modules hand their findings to; it joins the caller's transaction. */
    @Bean
    HazardIntake hazardIntake(DeterminationStandards standards, StandardApplicabilities applicabilities,
            Enterprises enterprises, HazardFiles files) {
        return tx.wrap(new HazardIntakeService(store, new ReportHazard(store,
                new DetermineHazard(standards, applicabilities), enterprises, files)));
    }

    /** The registration of a finding already judged (its enterprise and level known), e.g. by an import. */
    @Bean
    RegisterHazard registerHazard() {
        return tx.wrap(new RegisterHazard(store));
    }

    @Bean
    AddHazardAttachment addHazardAttachment(HazardFiles files) {
        return tx.wrap(new AddHazardAttachment(store, files));
    }

    @Bean
    DetermineHazardLevel determineHazardLevel(DeterminationStandards standards,
            StandardApplicabilities applicabilities) {
        return tx.wrap(new DetermineHazardLevel(store, new DetermineHazard(standards, applicabilities)));
    }

    @Bean
    SetRectificationPlan setRectificationPlan() {
        return tx.wrap(new SetRectificationPlan(store));
    }

    @Bean
    SubmitRectification submitRectification(HazardFiles files) {
        return tx.wrap(new SubmitRectification(store, files));
    }

    @Bean
    VerifyRectification verifyRectification(DutySeparationRules duties) {
        return tx.wrap(new VerifyRectification(store, duties));
    }

    @Bean
    RefuseAcceptance refuseAcceptance() {
        return tx.wrap(new RefuseAcceptance(store));
    }

    @Bean
    WriteOffHazard writeOffHazard(DutySeparationRules duties) {
        return tx.wrap(new WriteOffHazard(store, duties));
    }

    @Bean
    CancelHazard cancelHazard() {
        return tx.wrap(new CancelHazard(store));
    }

    @Bean
    RequestDeadlineExtension requestDeadlineExtension() {
        return tx.wrap(new RequestDeadlineExtension(store));
    }

    @Bean
    DecideDeadlineExtension decideDeadlineExtension(DutySeparationRules duties) {
        return tx.wrap(new DecideDeadlineExtension(store, duties));
    }

    @Bean
    ListHazard listHazard() {
        return tx.wrap(new ListHazard(store));
    }

    @Bean
    RemoveListing removeListing() {
        return tx.wrap(new RemoveListing(store));
    }

    // --------------------------------------------------------------------------------------------- escalation

    /**
     * The escalation run: a hazard that is not listed is escalated by
     * {@code zhiben.hazards.escalation.default-acting-unit} (the committee office, ACO, by default).
     */
    @Bean
    RunEscalation runEscalation(EscalationPolicies policies, EscalationRunLog runs,
            @Value("${zhiben.hazards.escalation.default-acting-unit:ACO}") String actingUnit) {
        return tx.wrap(new RunEscalation(store, policies, runs, UnitCode.of(actingUnit)));
    }

    @Bean
    ManageEscalationPolicies manageEscalationPolicies(EscalationPolicies policies, CurrentActors actors,
            AuditRecorder audit) {
        return tx.wrap(new ManageEscalationPolicies(policies, actors, audit));
    }

    // ------------------------------------------------------------------------------------------- statistics

    @Bean
    ComputeCampaignIndicators computeCampaignIndicators(HazardCounts counts, CampaignTargets targets, Clock clock) {
        return tx.wrap(new ComputeCampaignIndicators(counts, targets, clock));
    }

    /** The declared {@link org.zhiben.hazards.HazardOverview} other modules read (the reporting dashboard). */
    @Bean
    ReadHazardOverview hazardOverview(HazardCounts counts, CampaignTargets targets, Clock clock) {
        return tx.wrap(new ReadHazardOverview(counts, targets, clock));
    }

    // ---------------------------------------------------------------------------------------------- standards

    @Bean
    ReadStandards readStandards(DeterminationStandards standards, StandardNotes notes, Clock clock) {
        return tx.wrap(new ReadStandards(standards, notes, clock));
    }

    @Bean
    org.zhiben.hazards.application.FindApplicableClauses findApplicableClauses(DeterminationStandards standards,
            StandardApplicabilities applicabilities, Industries industries) {
        return tx.wrap(new org.zhiben.hazards.application.FindApplicableClauses(standards, applicabilities,
                industries));
    }

    @Bean
    ImportStandardVersion importStandardVersion(DeterminationStandards standards, ReadStandards read,
            StandardNotes notes, Industries industries, CurrentActors actors, AuditRecorder audit) {
        return tx.wrap(new ImportStandardVersion(new ImportStandard(standards), read, notes, industries, actors,
                audit));
    }

    @Bean
    SetStandardEffectiveFrom setStandardEffectiveFrom(DeterminationStandards standards, ReadStandards read,
            CurrentActors actors, AuditRecorder audit) {
        return tx.wrap(new SetStandardEffectiveFrom(new PutStandardInForce(standards), read, actors, audit));
    }

    @Bean
    DetermineHazard determineHazard(DeterminationStandards standards,
            StandardApplicabilities applicabilities) {
        return tx.wrap(new DetermineHazard(standards, applicabilities));
    }
}
