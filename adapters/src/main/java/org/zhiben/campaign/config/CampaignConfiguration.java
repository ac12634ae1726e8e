package org.zhiben.campaign.config;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.campaign.CampaignEvents;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.ProgressEntries;
import org.zhiben.campaign.application.BrowseLedger;
import org.zhiben.campaign.application.RecordProgress;

/** Wires the campaign module's use cases; its events go to Spring Modulith's publication registry. */
@Configuration(proxyBeanMethods = false)
class CampaignConfiguration {

    @Bean
    CampaignEvents campaignEvents(ApplicationEventPublisher publisher) {
        return publisher::publishEvent;
    }

    @Bean
    BrowseLedger browseLedger(CampaignPlans plans, ProgressEntries entries, Clock clock) {
        return new BrowseLedger(plans, entries, clock);
    }

    @Bean
    RecordProgress recordProgress(CampaignPlans plans, CampaignUnits units, ProgressEntries entries,
                                  CampaignEvents events, Clock clock) {
        return new RecordProgress(plans, units, entries, events, clock);
    }
}
