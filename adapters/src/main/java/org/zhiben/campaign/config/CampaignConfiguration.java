package org.zhiben.campaign.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.shared.DomainEvents;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.storage.ProgressEntries;
import org.zhiben.campaign.application.ActingUnits;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.RecordProgress;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.tx.UseCaseTransactions;

/**
 * Wires the campaign module's use cases, each decorated so that a call is one transaction.
 */
@Configuration(proxyBeanMethods = false)
class CampaignConfiguration {

    @Bean
    BrowseLedger browseLedger(UseCaseTransactions transactional, CampaignPlans plans, ProgressEntries entries,
                              Clock clock) {
        return transactional.wrap(new BrowseLedger(plans, entries, clock));
    }

    @Bean
    ActingUnits actingUnits(UseCaseTransactions transactional, CurrentActors currentActors, MemberUnits units,
                            CampaignPlans plans, CampaignUnits campaignUnits, BrowseLedger ledger) {
        return transactional.wrap(new ActingUnits(currentActors, units, plans, campaignUnits, ledger));
    }

    @Bean
    RecordProgress recordProgress(UseCaseTransactions transactional, CampaignPlans plans, CampaignUnits units,
                                  ProgressEntries entries, DomainEvents events, Clock clock, ActingUnits actingUnits,
                                  CurrentActors currentActors, AuditRecorder audit) {
        return transactional.wrap(new RecordProgress(plans, units, entries, events, clock, actingUnits, currentActors,
                audit));
    }
}
