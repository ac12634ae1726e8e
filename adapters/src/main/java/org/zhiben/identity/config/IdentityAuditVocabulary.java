package org.zhiben.identity.config;

import static org.zhiben.audit.AuditVocabulary.Values.listOf;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;
import static org.zhiben.audit.AuditVocabulary.Values.yesNo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.audit.AuditVocabulary.Values;
import org.zhiben.identity.Role;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * How the identity module's audit entries read: user accounts (linked to their page) and API clients, their actions —
 * sign-ins, failed sign-ins and lockouts among them — and the fields of their changes; the texts are in
 * {@code i18n/identity-audit}.
 */
@Configuration(proxyBeanMethods = false)
class IdentityAuditVocabulary {

    static final String USER = "user";
    static final String API_CLIENT = "api-client";

    @Bean
    AuditVocabulary identityAuditTexts() {
        Values role = (value, context) -> {
            try {
                Role named = Role.valueOf(value);
                return context.english() ? named.englishLabel() : named.chineseLabel();
            } catch (IllegalArgumentException unknown) {
                return value;
            }
        };
        return AuditVocabulary.of("identity")
                .entity(USER, id -> "/admin/users/" + id)
                .entity(API_CLIENT)
                .actions("user.created", "user.password-reset", "user.password-changed", "user.enabled",
                        "user.disabled", "user.roles-changed", "user.signed-in", "user.sign-in-failed",
                        "user.locked", "api-client.registered", "api-client.enabled", "api-client.disabled",
                        "api-client.secret-rotated")
                .field(USER, "roles", listOf(role))
                .field(USER, "unit", named(UnitCode::of))
                .field(USER, "jurisdiction", named(JurisdictionCode::of))
                .field(USER, "mustChangePassword", yesNo())
                .field(USER, "enabled", yesNo())
                .field(USER, "locked", yesNo())
                .field(USER, "outcome", messages("audit.value.sign-in."))
                .fields(USER, "username", "enterprise")
                .field(API_CLIENT, "enabled", yesNo())
                .field(API_CLIENT, "dataScope", messages("audit.value.data-scope."))
                .field(API_CLIENT, "dataScope.jurisdictions", listOf(named(JurisdictionCode::of)))
                .field(API_CLIENT, "dataScope.industries", listOf(named(IndustryCode::of)))
                .fields(API_CLIENT, "scopes", "dataScope.enterprises")
                .build();
    }
}
