package org.zhiben.enterprises.config;

import static org.zhiben.audit.AuditVocabulary.Values.listOf;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * How the enterprises module's audit entries read: enterprises (linked to their page) and bulk imports, their actions
 * and the fields of their changes; the texts are in {@code i18n/enterprises-audit}.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseAuditVocabulary {

    static final String ENTERPRISE = "Enterprise";
    static final String IMPORT = "EnterpriseImport";

    @Bean
    AuditVocabulary enterprisesAuditTexts() {
        return AuditVocabulary.of("enterprises")
                .entity(ENTERPRISE, id -> "/enterprises/" + id)
                .entity(IMPORT)
                .actions("enterprise.registered", "enterprise.updated", "enterprise-import.completed")
                .field(ENTERPRISE, "jurisdiction", named(JurisdictionCode::of))
                .field(ENTERPRISE, "industry", named(IndustryCode::of))
                .field(ENTERPRISE, "standardisationGrade", messages("ui.enterprise.grade."))
                .field(ENTERPRISE, "status", messages("ui.enterprise.status."))
                .field(ENTERPRISE, "changed", listOf((field, context) ->
                        context.message("audit.field." + ENTERPRISE + "." + field, field)))
                .fields(ENTERPRISE, "creditCode", "version")
                .fields(IMPORT, "rows", "created", "updated", "unchanged", "rejected")
                .build();
    }
}
