package org.zhiben.reporting.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.HazardHistories;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.reporting.application.KeepStockFigures;
import org.zhiben.reporting.application.ReadStockRebuilds;
import org.zhiben.reporting.application.StartStockRebuild;
import org.zhiben.reporting.storage.StockLedger;
import org.zhiben.reporting.storage.StockRebuilds;

/**
 * Wires the stock read model's use cases, each decorated by {@link UseCaseTransactions#wrap} (every public method is
 * one transaction), and the audit texts of its rebuilds ({@code i18n/stock}).
 */
@Configuration(proxyBeanMethods = false)
class StockFiguresConfiguration {

    @Bean
    KeepStockFigures keepStockFigures(StockLedger ledger, CampaignTargets targets, Clock clock,
            UseCaseTransactions tx) {
        return tx.wrap(new KeepStockFigures(ledger, targets, clock));
    }

    @Bean
    StartStockRebuild startStockRebuild(StockRebuilds rebuilds, HazardHistories histories, AuditRecorder audit,
            Clock clock, UseCaseTransactions tx) {
        return tx.wrap(new StartStockRebuild(rebuilds, histories, audit, clock));
    }

    @Bean
    ReadStockRebuilds readStockRebuilds(StockRebuilds rebuilds, UseCaseTransactions tx) {
        return tx.wrap(new ReadStockRebuilds(rebuilds));
    }

    @Bean
    AuditVocabulary stockFiguresAuditTexts() {
        return AuditVocabulary.of("reporting").entity("StockFigures", id -> "/reporting/stock")
                .actions("stock-figures.rebuild-started").build();
    }
}
