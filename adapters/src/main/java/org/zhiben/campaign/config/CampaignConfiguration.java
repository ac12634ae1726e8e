package org.zhiben.campaign.config;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.LedgerOverview;
import org.zhiben.campaign.ReportingObligations;
import org.zhiben.campaign.SubPlanSubmissions;
import org.zhiben.campaign.TaskLedgerLine;
import org.zhiben.campaign.application.ActingUnits;
import org.zhiben.campaign.application.AddEvidenceFile;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.CampaignToDos;
import org.zhiben.campaign.application.LedgerFilter;
import org.zhiben.campaign.application.ReadSubPlans;
import org.zhiben.campaign.application.RecordProgress;
import org.zhiben.campaign.application.ReviewProgress;
import org.zhiben.campaign.storage.EvidenceFiles;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileContentRules.ContentType;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.shared.DomainEvents;

/**
 * Wires the campaign module's use cases, each decorated so that a call is one transaction.
 */
@Configuration(proxyBeanMethods = false)
class CampaignConfiguration {

    /** What an evidence file of progress may be: JPEG, PNG or PDF, 10 MB by default. */
    @Bean
    FileContentRules campaignEvidenceRules(
            @Value("${zhiben.campaign.evidence.max-size:10MB}") DataSize maxSize) {
        return new FileContentRules("campaign.evidence", maxSize.toBytes(), ContentType.JPEG, ContentType.PNG,
                ContentType.PDF);
    }

    @Bean
    BrowseLedger browseLedger(UseCaseTransactions transactional, CampaignPlans plans, CampaignUnits units,
                              ProgressEntries entries, EvidenceFiles evidenceFiles, Clock clock) {
        return transactional.wrap(new BrowseLedger(plans, units, entries, evidenceFiles, clock));
    }

    /** The declared {@link LedgerOverview} other modules read (the reporting dashboard): today's ledger by group. */
    @Bean
    LedgerOverview ledgerOverview(BrowseLedger ledger) {
        return () -> {
            List<TaskLedgerLine> lines = ledger.tasks(LedgerFilter.none());
            return ledger.groups().stream().map(group -> LedgerOverview.GroupStatuses.of(group, lines)).toList();
        };
    }

    /**
     * The ledger's sub-plans with their owner, due day and status; where the units' submissions stand is answered by
     * the {@link SubPlanSubmissions} another module implements (the campaign does not depend on it).
     */
    @Bean
    ReadSubPlans readSubPlans(UseCaseTransactions transactional, CampaignPlans plans,
                              ReportingObligations obligations, SubPlanSubmissions submissions, Clock clock) {
        return transactional.wrap(new ReadSubPlans(plans, obligations, submissions, clock));
    }

    @Bean
    ActingUnits actingUnits(UseCaseTransactions transactional, CurrentActors currentActors, MemberUnits units,
                            CampaignPlans plans, CampaignUnits campaignUnits, BrowseLedger ledger) {
        return transactional.wrap(new ActingUnits(currentActors, units, plans, campaignUnits, ledger));
    }

    /** The milestones due of the caller's unit and the entries it reviews as lead unit, for the to-do list. */
    @Bean
    CampaignToDos campaignToDos(UseCaseTransactions transactional, BrowseLedger ledger, MemberUnits units,
                                ProgressEntries entries) {
        return transactional.wrap(new CampaignToDos(ledger, units, entries));
    }

    @Bean
    RecordProgress recordProgress(UseCaseTransactions transactional, CampaignPlans plans, CampaignUnits units,
                                  ProgressEntries entries, EvidenceFiles evidenceFiles, DomainEvents events,
                                  Clock clock, ActingUnits actingUnits, CurrentActors currentActors,
                                  AuditRecorder audit) {
        return transactional.wrap(new RecordProgress(plans, units, entries, evidenceFiles, events, clock, actingUnits,
                currentActors, audit));
    }

    @Bean
    ReviewProgress reviewProgress(UseCaseTransactions transactional, CampaignPlans plans, ProgressEntries entries,
                                  DomainEvents events, Clock clock, ActingUnits actingUnits,
                                  CurrentActors currentActors, AuditRecorder audit) {
        return transactional.wrap(new ReviewProgress(plans, entries, events, clock, actingUnits, currentActors, audit));
    }

    @Bean
    AddEvidenceFile addEvidenceFile(UseCaseTransactions transactional, EvidenceFiles evidenceFiles,
                                    ActingUnits actingUnits, CurrentActors currentActors, AuditRecorder audit) {
        return transactional.wrap(new AddEvidenceFile(evidenceFiles, actingUnits, currentActors, audit));
    }
}
