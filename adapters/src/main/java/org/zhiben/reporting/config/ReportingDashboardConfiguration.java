package org.zhiben.reporting.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.campaign.LedgerOverview;
import org.zhiben.enforcement.EnforcementOverview;
import org.zhiben.hazards.HazardOverview;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.application.ReadDashboard;
import org.zhiben.reporting.application.ReadPunctuality;
import org.zhiben.training.TrainingOverview;

/** The dashboard's use case, reading the other modules through their declared overviews in one transaction. */
@Configuration(proxyBeanMethods = false)
class ReportingDashboardConfiguration {

    @Bean
    ReadDashboard readDashboard(UseCaseTransactions tx, StockTables stock, HazardOverview hazards, LedgerOverview ledger,
            EnforcementOverview enforcement, TrainingOverview training, ReadPunctuality punctuality,
            CurrentActors actors, Clock clock) {
        return tx.wrap(new ReadDashboard(stock, hazards, ledger, enforcement, training, punctuality, actors, clock));
    }
}
