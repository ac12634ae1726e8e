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

/** Wires the audit module's use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    RecordAudit recordAudit(AuditTrail trail, Clock clock) {
        return new RecordAudit(trail, clock);
    }

    @Bean
    VerifyAuditTrail verifyAuditTrail(AuditTrail trail, AuditAnchors anchors) {
        return new VerifyAuditTrail(trail, anchors);
    }

    @Bean
    SearchAuditTrail searchAuditTrail(AuditTrail trail) {
        return new SearchAuditTrail(trail);
    }

    @Bean
    AnchorAuditTrail anchorAuditTrail(AuditTrail trail, AuditAnchors anchors, Clock clock) {
        return new AnchorAuditTrail(trail, anchors, clock);
    }
}
