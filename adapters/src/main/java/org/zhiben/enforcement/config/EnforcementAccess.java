package org.zhiben.enforcement.config;

import static org.zhiben.enforcement.EnforcementPermissions.INSPECT;
import static org.zhiben.enforcement.EnforcementPermissions.LEGAL_REVIEW;
import static org.zhiben.enforcement.EnforcementPermissions.PENALISE;
import static org.zhiben.enforcement.EnforcementPermissions.READ;
import static org.zhiben.enforcement.EnforcementPermissions.RULES;
import static org.zhiben.enforcement.EnforcementPermissions.TIPOFFS_HANDLE;
import static org.zhiben.enforcement.EnforcementPermissions.TIPOFFS_REPORT;
import static org.zhiben.hazards.HazardPermissions.TIPOFFS_IDENTITY_READ;
import static org.zhiben.hazards.HazardPermissions.TIPOFFS_READ;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may do what in enforcement.
 *
 * <ul>
 * <li>Inspectors inspect and sign (“谁检查、谁签名、谁负责”); departments and counties run penalty cases and the
 *     serious-dishonesty list; only the legal reviewer records the legal review of major decisions (法制审核).</li>
 * <li>An enterprise manager reads its own enterprise's inspections and cases (its data scope), nothing of tip-offs.</li>
 * <li>The committee office adds versions of the rules enforcement decides by and declares holidays; everyone who
 *     reads enforcement reads them and the statistics (counted inside the reader's data scope).</li>
 * <li>Only the tip-off officer handles tip-offs and reads who reported them; a bureau's hotline system may be granted
 *     {@code tipoffs:report}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EnforcementAccess {

    @Bean
    AccessRules enforcementAccessRules() {
        return AccessRules.of("enforcement")
                .declare(READ, INSPECT, PENALISE, LEGAL_REVIEW, TIPOFFS_REPORT, TIPOFFS_HANDLE, RULES)
                .grant("COMMITTEE_ADMIN", READ, INSPECT, PENALISE, TIPOFFS_REPORT, RULES)
                .grant("DEPARTMENT_OFFICER", READ, INSPECT, PENALISE, TIPOFFS_REPORT)
                .grant("COUNTY_OFFICER", READ, INSPECT, PENALISE, TIPOFFS_REPORT)
                .grant("INSPECTOR", READ, INSPECT, TIPOFFS_REPORT)
                .grant("LEGAL_REVIEWER", READ, LEGAL_REVIEW)
                .grant("ENTERPRISE_MANAGER", READ)
                .grant("TIP_OFF_OFFICER", READ, TIPOFFS_REPORT, TIPOFFS_HANDLE, TIPOFFS_READ, TIPOFFS_IDENTITY_READ)
                .grant("AUDITOR", READ, TIPOFFS_READ)
                .api(rules -> rules
                        .get("/api/v1/enforcement/tip-offs/*/reporter", TIPOFFS_IDENTITY_READ)
                        .get("/api/v1/enforcement/tip-offs/**", TIPOFFS_READ)
                        .post("/api/v1/enforcement/tip-offs", TIPOFFS_REPORT)
                        .writes("/api/v1/enforcement/tip-offs/**", TIPOFFS_HANDLE)
                        .post("/api/v1/enforcement/cases/*/legal-review", LEGAL_REVIEW)
                        .writes("/api/v1/enforcement/cases/**", PENALISE)
                        .writes("/api/v1/enforcement/cases", PENALISE)
                        .writes("/api/v1/enforcement/listings/**", PENALISE)
                        .writes("/api/v1/enforcement/inspections/**", INSPECT)
                        .writes("/api/v1/enforcement/inspections", INSPECT)
                        .writes("/api/v1/enforcement/rules/**", RULES)
                        .get("/api/v1/enforcement/**", READ))
                .pages(rules -> rules
                        .get("/enforcement/statistics", READ)
                        .get("/enforcement/statistics/**", READ)
                        .get("/enforcement/rules", READ)
                        .post("/enforcement/rules/**", RULES)
                        // the landing page and the inspections: inspectors record, mark, sign, close and upload; an
                        // enterprise manager reads its own enterprise's inspections (its data scope)
                        .get("/enforcement", READ)
                        .get("/enforcement/inspections/new", INSPECT)
                        .post("/enforcement/inspections/**", INSPECT)
                        .get("/enforcement/inspections/**", READ)
                        .get("/enforcement/inspections", READ)
                        // tip-offs: the intake form for whoever may report one, the audited read of the reporter
                        // for the tip-off officer only, the steps for whoever handles tip-offs
                        .get("/enforcement/tip-offs/new", TIPOFFS_REPORT)
                        .post("/enforcement/tip-offs/new", TIPOFFS_REPORT)
                        .post("/enforcement/tip-offs/*/reporter", TIPOFFS_IDENTITY_READ)
                        .get("/enforcement/tip-offs", TIPOFFS_READ)
                        .get("/enforcement/tip-offs/**", TIPOFFS_READ)
                        .post("/enforcement/tip-offs/**", TIPOFFS_HANDLE)
                        // typical cases: public data once published; a decided case is published by whoever
                        // runs penalty cases
                        .get("/enforcement/typical-cases", READ)
                        .post("/enforcement/typical-cases", PENALISE)
                        // penalty cases and the serious-dishonesty list: departments and counties open and run them;
                        // an enterprise manager reads its own enterprise's cases and listings (its data scope)
                        .get("/enforcement/cases/new", PENALISE)
                        .post("/enforcement/cases/**", PENALISE)
                        .get("/enforcement/cases/**", READ)
                        .get("/enforcement/cases", READ)
                        .get("/enforcement/listings/new", PENALISE)
                        .post("/enforcement/listings/**", PENALISE)
                        .get("/enforcement/listings/**", READ)
                        .get("/enforcement/listings", READ)
                        // the legal reviewer's inbox and review form (法制审核)
                        .any("/enforcement/legal-review/**", LEGAL_REVIEW)
                        .any("/enforcement/legal-review", LEGAL_REVIEW))
                .build();
    }
}
