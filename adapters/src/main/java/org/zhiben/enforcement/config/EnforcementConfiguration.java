package org.zhiben.enforcement.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.application.ChangeInspection;
import org.zhiben.enforcement.application.ChangePenaltyCase;
import org.zhiben.enforcement.application.EnforcementStore;
import org.zhiben.enforcement.application.HandleTipOff;
import org.zhiben.enforcement.application.ManageDishonestyList;
import org.zhiben.enforcement.application.OpenPenaltyCase;
import org.zhiben.enforcement.application.ProposePenalty;
import org.zhiben.enforcement.application.RaiseFindingAsHazard;
import org.zhiben.enforcement.application.ReadInspections;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.ReadTipOffs;
import org.zhiben.enforcement.application.ReceiveTipOff;
import org.zhiben.enforcement.application.RecordInspection;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enforcement.storage.Inspections;
import org.zhiben.enforcement.storage.PenaltyCases;
import org.zhiben.enforcement.storage.TipOffs;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnits;
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
    ChangeInspection changeInspection() {
        return tx.wrap(new ChangeInspection(store));
    }

    @Bean
    RaiseFindingAsHazard raiseFindingAsHazard(HazardIntake hazards) {
        return tx.wrap(new RaiseFindingAsHazard(store, hazards));
    }

    @Bean
    ReadInspections readInspections(HazardIntake hazards) {
        return tx.wrap(new ReadInspections(store, hazards));
    }

    @Bean
    OpenPenaltyCase openPenaltyCase() {
        return tx.wrap(new OpenPenaltyCase(store));
    }

    @Bean
    ProposePenalty proposePenalty(HazardIntake hazards) {
        return tx.wrap(new ProposePenalty(store, hazards));
    }

    @Bean
    ChangePenaltyCase changePenaltyCase(HazardIntake hazards) {
        return tx.wrap(new ChangePenaltyCase(store, new ProposePenalty(store, hazards)));
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
    HandleTipOff handleTipOff(HazardIntake hazards) {
        return tx.wrap(new HandleTipOff(store, hazards));
    }

    @Bean
    ReadTipOffs readTipOffs() {
        return tx.wrap(new ReadTipOffs(store));
    }

    @Bean
    ManageDishonestyList manageDishonestyList() {
        return tx.wrap(new ManageDishonestyList(store));
    }
}
