package org.zhiben.reporting.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.Inbox;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.SubmissionPunctuality;
import org.zhiben.reporting.application.RankUnits;
import org.zhiben.reporting.storage.PublishedRankings;

/**
 * Wires the monthly ranking (晾晒通报) to the punctuality of the submissions, the 附表1 read model, the published
 * rankings and the inbox, decorated by {@link UseCaseTransactions#wrap}: a publication, its audit entry and its notices
 * are one transaction.
 */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

    @Bean
    RankUnits rankUnits(UseCaseTransactions tx, ReportingUnits units, SubmissionPunctuality punctuality,
            StockTables stockTables, PublishedRankings rankings, Inbox inbox, CurrentActors actors,
            AuditRecorder audit, Clock clock) {
        return tx.wrap(new RankUnits(units, punctuality, stockTables, rankings, inbox, actors, audit, clock));
    }
}
