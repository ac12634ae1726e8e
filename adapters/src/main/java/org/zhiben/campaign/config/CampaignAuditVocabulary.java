package org.zhiben.campaign.config;

import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;
import static org.zhiben.audit.AuditVocabulary.Values.yesNo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.shared.UnitCode;

/**
 * How the campaign module's audit entries read: entries of the progress ledger, their action and the fields of their
 * changes; the texts are in {@code i18n/campaign-audit}.
 */
@Configuration(proxyBeanMethods = false)
class CampaignAuditVocabulary {

    static final String PROGRESS_ENTRY = "ProgressEntry";
    static final String EVIDENCE_FILE = "EvidenceFile";

    @Bean
    AuditVocabulary campaignAuditTexts() {
        return AuditVocabulary.of("campaign")
                .entity(PROGRESS_ENTRY)
                .entity(EVIDENCE_FILE)
                .actions("progress.recorded", "progress.accepted", "progress.returned", "evidence-file.uploaded")
                .field(PROGRESS_ENTRY, "unit", named(UnitCode::of))
                .field(PROGRESS_ENTRY, "reviewedBy", named(UnitCode::of))
                .field(PROGRESS_ENTRY, "review", messages("ui.review.status."))
                .fields(PROGRESS_ENTRY, "evidenceFiles")
                .fields(EVIDENCE_FILE, "task", "type", "size", "sha256")
                .field(PROGRESS_ENTRY, "reportedOn", date())
                .field(PROGRESS_ENTRY, "completesMilestone", yesNo())
                .fields(PROGRESS_ENTRY, "task", "milestone")
                .build();
    }
}
