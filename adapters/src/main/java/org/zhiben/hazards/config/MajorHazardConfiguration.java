package org.zhiben.hazards.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.hazards.application.CancelHazard;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.application.ComputeCampaignIndicators;
import org.zhiben.hazards.application.ComputeHazardStock;
import org.zhiben.hazards.application.DecideDeadlineExtension;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.RefuseAcceptance;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.RemoveListing;
import org.zhiben.hazards.application.RequestDeadlineExtension;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.hazards.application.SubmitRectification;
import org.zhiben.hazards.application.VerifyRectification;
import org.zhiben.hazards.application.WriteOffHazard;

/**
 * Wires the hazard lifecycle's use cases (plain classes of the application jar) to their adapters. The escalation run
 * is built per run by {@code org.zhiben.hazards.web.EscalationRunner}, with the policy versions read at that time.
 */
@Configuration(proxyBeanMethods = false)
class MajorHazardConfiguration {

    @Bean
    RegisterHazard registerHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new RegisterHazard(hazards, events, clock);
    }

    @Bean
    DetermineHazardLevel determineHazardLevel(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new DetermineHazardLevel(hazards, events, clock);
    }

    @Bean
    SetRectificationPlan setRectificationPlan(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new SetRectificationPlan(hazards, events, clock);
    }

    @Bean
    SubmitRectification submitRectification(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new SubmitRectification(hazards, events, clock);
    }

    @Bean
    VerifyRectification verifyRectification(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new VerifyRectification(hazards, events, clock);
    }

    @Bean
    RefuseAcceptance refuseAcceptance(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new RefuseAcceptance(hazards, events, clock);
    }

    @Bean
    WriteOffHazard writeOffHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new WriteOffHazard(hazards, events, clock);
    }

    @Bean
    CancelHazard cancelHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new CancelHazard(hazards, events, clock);
    }

    @Bean
    RequestDeadlineExtension requestDeadlineExtension(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new RequestDeadlineExtension(hazards, events, clock);
    }

    @Bean
    DecideDeadlineExtension decideDeadlineExtension(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new DecideDeadlineExtension(hazards, events, clock);
    }

    @Bean
    ListHazard listHazard(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new ListHazard(hazards, events, clock);
    }

    @Bean
    RemoveListing removeListing(MajorHazards hazards, DomainEvents events, Clock clock) {
        return new RemoveListing(hazards, events, clock);
    }

    @Bean
    ComputeHazardStock computeHazardStock(MajorHazards hazards, CampaignTargets targets, Clock clock) {
        return new ComputeHazardStock(hazards, targets, clock);
    }

    @Bean
    ComputeCampaignIndicators computeCampaignIndicators(MajorHazards hazards, CampaignTargets targets, Clock clock) {
        return new ComputeCampaignIndicators(hazards, targets, clock);
    }
}
