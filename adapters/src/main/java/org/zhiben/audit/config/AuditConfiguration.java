package org.zhiben.audit.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditAnchors;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.application.AnchorAuditTrail;
import org.zhiben.audit.application.RecordAudit;
import org.zhiben.audit.application.SearchAuditTrail;
import org.zhiben.audit.application.VerifyAuditTrail;
import org.zhiben.platform.tx.UseCaseTransactions;

/** Wires the audit module's use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    RecordAudit recordAudit(AuditTrail trail, Clock clock) {
        return new RecordAudit(trail, clock);
    }

    @Bean
    VerifyAuditTrail verifyAuditTrail(UseCaseTransactions transactional, AuditTrail trail, AuditAnchors anchors) {
        return transactional.wrap(new VerifyAuditTrail(trail, anchors));
    }

    @Bean
    SearchAuditTrail searchAuditTrail(UseCaseTransactions transactional, AuditTrail trail) {
        return transactional.wrap(new SearchAuditTrail(trail));
    }

    @Bean
    AnchorAuditTrail anchorAuditTrail(UseCaseTransactions transactional, AuditTrail trail, AuditAnchors anchors,
            Clock clock) {
        return transactional.wrap(new AnchorAuditTrail(trail, anchors, clock));
    }
}
