package org.zhiben.enforcement.config;

import static org.zhiben.audit.AuditVocabulary.Values.asWritten;
import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.listOf;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;
import static org.zhiben.audit.AuditVocabulary.Values.yuanFromFen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.enforcement.application.AddRuleVersion;
import org.zhiben.enforcement.application.DeclareCalendarDay;
import org.zhiben.shared.JurisdictionCode;

/**
 * How the audit entries of the enforcement rules read: a version added (its kind, first day and values, amounts in
 * 元) and a calendar day declared; the texts are in {@code i18n/enforcement-rules-audit}, the kinds' names in
 * {@code i18n/ui-enforcement-statistics}.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementRulesAuditVocabulary {

    private static final String RULE = AddRuleVersion.ENTITY;
    private static final String CALENDAR = DeclareCalendarDay.ENTITY;

    @Bean
    AuditVocabulary enforcementRulesAuditTexts() {
        return AuditVocabulary.of("enforcement-rules")
                .entity(RULE, id -> "/enforcement/rules")
                .entity(CALENDAR, id -> "/enforcement/rules")
                .actions(AddRuleVersion.ADDED, DeclareCalendarDay.DECLARED)
                .field(RULE, "kind", messages("enf.rules.kind."))
                .field(RULE, "effectiveFrom", date())
                .field(RULE, "jurisdiction", named(JurisdictionCode::of))
                .field(RULE, "floorFen", yuanFromFen())
                .field(RULE, "capFen", yuanFromFen())
                .field(RULE, "concealedDeathCapFen", yuanFromFen())
                .field(RULE, "fineThresholdFen", yuanFromFen())
                .field(RULE, "majorKinds", listOf(messages("enf.rules.measure.")))
                .fields(RULE, "name", "longOverdueDays", "fineBasisPoints", "windowMonths", "objectionDays",
                        "managementYears", "earlyRemovalAfterMonths", "perConcealedDeathFen", "days")
                .field(CALENDAR, "day", date())
                .field(CALENDAR, "kind", messages("enf.rules.calendar.kind."))
                .field(CALENDAR, "name", asWritten())
                .build();
    }
}
