package org.zhiben.enforcement.config;

import java.time.Clock;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.application.AddRuleVersion;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.EnforcementOverview;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics;
import org.zhiben.enforcement.application.DeclareCalendarDay;
import org.zhiben.enforcement.application.EnforcementStore;
import org.zhiben.enforcement.application.ReadEnforcementRules;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enforcement.storage.EnforcementRuleBook;
import org.zhiben.enforcement.storage.Inspections;
import org.zhiben.enforcement.storage.PenaltyCases;
import org.zhiben.enforcement.storage.TipOffs;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.shared.DomainEvents;

/**
 * Wires the enforcement statistics and the use cases of the rules as versioned data (reading the versions, adding
 * one, declaring a calendar day), each decorated by {@link UseCaseTransactions#wrap}.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementRulesConfiguration {

    private final EnforcementStore store;
    private final UseCaseTransactions tx;

    @SuppressWarnings("java:S107")
    EnforcementRulesConfiguration(Inspections inspections, PenaltyCases cases, TipOffs tipOffs,
            DishonestyListings listings, Enterprises enterprises, EnforcementRules rules, DomainEvents events,
            CurrentActors actors, AuditRecorder audit, Clock clock, UseCaseTransactions tx) {
        this.store = new EnforcementStore(inspections, cases, tipOffs, listings, enterprises, rules, events, actors,
                audit, clock);
        this.tx = tx;
    }

    @Bean
    ComputeEnforcementStatistics computeEnforcementStatistics() {
        return tx.wrap(new ComputeEnforcementStatistics(store));
    }

    /** The declared {@link EnforcementOverview} other modules read (the reporting dashboard): the figures by month. */
    @Bean
    EnforcementOverview enforcementOverview(ComputeEnforcementStatistics statistics) {
        return (from, to) -> {
            SortedMap<YearMonth, EnforcementFigures> byMonth = new TreeMap<>();
            statistics.compute(from, to, ComputeEnforcementStatistics.Grouping.MONTH).rows()
                    .forEach(row -> byMonth.put(YearMonth.parse(row.key()), row.figures()));
            return byMonth;
        };
    }

    @Bean
    ReadEnforcementRules readEnforcementRules() {
        return tx.wrap(new ReadEnforcementRules(store));
    }

    @Bean
    AddRuleVersion addRuleVersion(EnforcementRuleBook book) {
        return tx.wrap(new AddRuleVersion(store, book));
    }

    @Bean
    DeclareCalendarDay declareCalendarDay(EnforcementRuleBook book) {
        return tx.wrap(new DeclareCalendarDay(store, book));
    }
}
