package org.zhiben.reporting.config;

import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;
import static org.zhiben.audit.AuditVocabulary.Values.yesNo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.shared.UnitCode;

/**
 * How the audit entries of the policy statistics (附表2) read: a line links to its page; its unit by name, its kind,
 * issue date and whether it was copied to the committee office; the texts are in {@code i18n/reporting-policies}.
 */
@Configuration(proxyBeanMethods = false)
class PolicyAuditVocabulary {

    @Bean
    AuditVocabulary reportingPolicyAuditTexts() {
        String entry = PolicyEntry.ENTITY;
        return AuditVocabulary.of("reporting-policies")
                .entity(entry, id -> "/reporting/policies/" + id)
                .actions("policy.entered", "policy.revised", "policy.document-attached")
                .field(entry, "unit", named(UnitCode::of))
                .field(entry, "kind", messages("reporting.policy.kind."))
                .field(entry, "issuedOn", date())
                .field(entry, "copiedToOffice", yesNo())
                .fields(entry, "documentNumber", "title", "fileName", "sha256")
                .build();
    }
}
