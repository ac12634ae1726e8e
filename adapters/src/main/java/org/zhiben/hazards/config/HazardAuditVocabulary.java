package org.zhiben.hazards.config;

import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;
import static org.zhiben.audit.AuditVocabulary.Values.yesNo;
import static org.zhiben.audit.AuditVocabulary.Values.yuanFromFen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * How the hazards module's audit entries read: hazards (linked to their page), determination standards (linked to
 * theirs) and escalation policies, their actions and the fields of their changes; the texts are in
 * {@code i18n/hazards-audit}.
 */
@Configuration(proxyBeanMethods = false)
class HazardAuditVocabulary {

    static final String STANDARD = "DeterminationStandard";
    static final String POLICY = "EscalationPolicy";

    @Bean
    AuditVocabulary hazardsAuditTexts() {
        String hazard = MajorHazard.ENTITY;
        return AuditVocabulary.of("hazards")
                .entity(hazard, id -> "/hazards/" + id)
                .entity(STANDARD, code -> "/standards/" + code)
                .entity(POLICY)
                .entity(PrincipalCheck.ENTITY)
                .actions("hazard.registered", "hazard.determined", "hazard.plan-set", "hazard.rectified",
                        "hazard.verified", "hazard.acceptance-refused", "hazard.written-off", "hazard.cancelled",
                        "hazard.listed", "hazard.listing-removed", "hazard.extension-requested",
                        "hazard.extension-decided", "hazard.escalated", "hazard.attachment-added",
                        "standard.imported", "standard.effective-from-set", "escalation-policy.created",
                        "principal-check.recorded")
                .field(hazard, "status", messages("hz.status."))
                .field(hazard, "level", messages("hz.level."))
                .field(hazard, "channel", messages("hz.channel."))
                .field(hazard, "jurisdiction", named(JurisdictionCode::of))
                .field(hazard, "industry", named(IndustryCode::of))
                .field(hazard, "deadline", date())
                .field(hazard, "requestedDeadline", date())
                .field(hazard, "fundsFen", yuanFromFen())
                .field(hazard, "listingLevel", messages("hz.listing.level."))
                .field(hazard, "supervisingUnit", named(UnitCode::of))
                .field(hazard, "responsibleUnit", named(UnitCode::of))
                .field(hazard, "actingUnit", named(UnitCode::of))
                .field(hazard, "listedOn", date())
                .field(hazard, "removedOn", date())
                .field(hazard, "on", date())
                .field(hazard, "step", messages("hz.escalation.step."))
                .field(hazard, "approved", yesNo())
                .fields(hazard, "enterprise", "clause", "attachments", "attachment", "contentType", "size", "sha256")
                .field(STANDARD, "effectiveFrom", date())
                .fields(STANDARD, "clauses")
                .field(POLICY, "effectiveFrom", date())
                .fields(POLICY, "warningLetterDays", "circularDays", "interviewDays", "publicExposureDays")
                .field(PrincipalCheck.ENTITY, "checkedOn", date())
                .fields(PrincipalCheck.ENTITY, "enterprise", "hazards")
                .build();
    }
}
