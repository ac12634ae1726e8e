package org.zhiben.reporting.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.reporting.MonthlyRanking;
import org.zhiben.reporting.application.RankUnits;

/**
 * How the audit entries of the monthly ranking (晾晒通报) read: a published month links to its page; the texts are in
 * {@code i18n/ranking}.
 */
@Configuration(proxyBeanMethods = false)
class RankingAuditVocabulary {

    @Bean
    AuditVocabulary reportingRankingAuditTexts() {
        String ranking = MonthlyRanking.ENTITY;
        return AuditVocabulary.of("ranking")
                .entity(ranking, month -> "/reporting/rankings?month=" + month)
                .actions(RankUnits.PUBLISHED)
                .fields(ranking, "month", "revision", "units", "note")
                .build();
    }
}
