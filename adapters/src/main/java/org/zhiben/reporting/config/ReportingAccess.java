package org.zhiben.reporting.config;

import static org.zhiben.reporting.ReportingPermissions.READ;
import static org.zhiben.reporting.ReportingPermissions.REVIEW;
import static org.zhiben.reporting.ReportingPermissions.SUBMIT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may do what in reporting.
 *
 * <ul>
 * <li>The committee office reads everything, reviews the units' submissions (accepts or returns them), rebuilds the
 *     stock read model and publishes the monthly ranking (晾晒通报); it is not itself a reporting unit of 附表1 (see {@code reporting.ReportingUnits}), but enters
 *     the policies it issues in 附表2.</li>
 * <li>Departments (member units) and counties, cities and port administrations prepare and submit their own unit's
 *     reports and read them within their data scope.</li>
 * <li>Auditors read.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ReportingAccess {

    @Bean
    AccessRules reportingAccessRules() {
        return AccessRules.of("reporting")
                .declare(READ, SUBMIT, REVIEW)
                .grant("COMMITTEE_ADMIN", READ, SUBMIT, REVIEW)
                .grant("DEPARTMENT_OFFICER", READ, SUBMIT)
                .grant("COUNTY_OFFICER", READ, SUBMIT)
                .grant("AUDITOR", READ)
                // the committee office's dashboard (reporting.web.admin.DashboardPages), within the data scope
                .pages(rules -> rules.get("/reporting/dashboard/**", READ).get("/reporting/dashboard", READ))
                // the monthly stock read model (附表1): tables read within the data scope, rebuilt by the office
                .api(rules -> rules
                        .post("/api/v1/reporting/stock/rebuild", REVIEW)
                        .get("/api/v1/reporting/stock/**", READ))
                .pages(rules -> rules
                        .post("/reporting/stock/rebuild", REVIEW)
                        .get("/reporting/stock", READ))
                .api(rules -> rules
                        // policy statistics (附表2)
                        .writes("/api/v1/reporting/policies/**", SUBMIT)
                        .writes("/api/v1/reporting/policies", SUBMIT)
                        .get("/api/v1/reporting/policies/**", READ)
                        .get("/api/v1/reporting/policies", READ))
                .pages(rules -> rules
                        // policy statistics (附表2)
                        .get("/reporting/policies/new", SUBMIT)
                        .post("/reporting/policies/**", SUBMIT)
                        .post("/reporting/policies", SUBMIT)
                        .get("/reporting/policies/**", READ)
                        .get("/reporting/policies", READ))
                // the monthly ranking (晾晒通报): previewed and read by every reader, published by the committee office
                .api(rules -> rules
                        .post("/api/v1/reporting/rankings/*/publications", REVIEW)
                        .get("/api/v1/reporting/rankings/**", READ)
                        .get("/api/v1/reporting/rankings", READ))
                .pages(rules -> rules
                        .post("/reporting/rankings/*/publish", REVIEW)
                        .get("/reporting/rankings/**", READ)
                        .get("/reporting/rankings", READ))
                // submissions: the unit's own (prepare, edit, submit, correct); the committee office reviews them
                .api(rules -> rules
                        .writes("/api/v1/reporting/submissions/*/accept", REVIEW)
                        .writes("/api/v1/reporting/submissions/*/return", REVIEW)
                        .writes("/api/v1/reporting/submissions/**", SUBMIT)
                        .writes("/api/v1/reporting/submissions", SUBMIT)
                        .get("/api/v1/reporting/**", READ))
                .pages(rules -> rules
                        .get("/reporting/review", REVIEW)
                        .post("/reporting/submissions/*/accept", REVIEW)
                        .post("/reporting/submissions/*/return", REVIEW)
                        .post("/reporting/submissions/**", SUBMIT)
                        .post("/reporting/submissions", SUBMIT)
                        .get("/reporting/**", READ)
                        .get("/reporting", READ))
                .build();
    }
}
