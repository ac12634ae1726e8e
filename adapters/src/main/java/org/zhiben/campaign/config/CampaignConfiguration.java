package org.zhiben.campaign.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.shared.DomainEvents;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.ProgressEntries;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.RecordProgress;

/** Wires the campaign module's use cases. */
@Configuration(proxyBeanMethods = false)
class CampaignConfiguration {

    @Bean
    BrowseLedger browseLedger(CampaignPlans plans, ProgressEntries entries, Clock clock) {
        return new BrowseLedger(plans, entries, clock);
    }

    @Bean
    RecordProgress recordProgress(CampaignPlans plans, CampaignUnits units, ProgressEntries entries,
                                  DomainEvents events, Clock clock) {
        return new RecordProgress(plans, units, entries, events, clock);
    }
}
