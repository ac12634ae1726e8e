package org.zhiben.reporting.config;

import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.shared.UnitCode;

/**
 * How the reporting module's audit entries read: submissions (linked to their page), their actions and the fields of
 * their changes; the texts are in {@code i18n/reporting}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAuditVocabulary {

    @Bean
    AuditVocabulary reportingAuditTexts() {
        String submission = Submission.ENTITY;
        return AuditVocabulary.of("reporting")
                .entity(submission, id -> "/reporting/submissions/" + id)
                .actions(SubmitReports.PREPARED, SubmitReports.EDITED, SubmitReports.SUBMITTED,
                        SubmitReports.RESUBMITTED, SubmitReports.CORRECTED, SubmitReports.ACCEPTED,
                        SubmitReports.RETURNED)
                .field(submission, "unit", named(UnitCode::of))
                .field(submission, "kind", messages("reporting.kind."))
                .field(submission, "due", date())
                .fields(submission, "period", "revision", "digest")
                .build();
    }
}
