package org.zhiben.hazards.config;

import static org.zhiben.hazards.HazardPermissions.CHECKS_RECORD;
import static org.zhiben.hazards.HazardPermissions.READ;
import static org.zhiben.hazards.HazardPermissions.REPORT;
import static org.zhiben.hazards.HazardPermissions.STANDARDS_READ;
import static org.zhiben.hazards.HazardPermissions.STANDARDS_WRITE;
import static org.zhiben.hazards.HazardPermissions.SUPERVISE;
import static org.zhiben.hazards.HazardPermissions.TIPOFFS_IDENTITY_READ;
import static org.zhiben.hazards.HazardPermissions.TIPOFFS_READ;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may do what with major hazards, the determination standards and tip-offs.
 *
 * <ul>
 * <li>Inspectors report what they find (“谁检查、谁签名、谁负责”); determination, write-off approval and escalation stay
 *     with the supervising departments and jurisdictions (“负有安全监管职责有关部门审核把关销号”).</li>
 * <li>An enterprise reports its own hazards (“双报告”) and their rectification, and reads nothing of tip-offs.</li>
 * <li>Only the committee office imports determination standards, which are prefecture-wide reference data.</li>
 * <li>The principal's periodic checks (“企业主要负责人每季度至少带队……开展1次检查”) are recorded by the enterprise
 *     itself or by an officer, each within its data scope.</li>
 * <li>Only the tip-off officer sees who blew the whistle (“举报受理、现场核查、奖金发放、信息保护”).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class HazardAccess {

    @Bean
    AccessRules hazardsAccessRules() {
        return AccessRules.of("hazards")
                .grant("COMMITTEE_ADMIN", READ, REPORT, SUPERVISE, STANDARDS_READ, STANDARDS_WRITE, TIPOFFS_READ,
                        CHECKS_RECORD)
                .grant("DEPARTMENT_OFFICER", READ, REPORT, SUPERVISE, STANDARDS_READ, TIPOFFS_READ, CHECKS_RECORD)
                .grant("COUNTY_OFFICER", READ, REPORT, SUPERVISE, STANDARDS_READ, TIPOFFS_READ, CHECKS_RECORD)
                .grant("INSPECTOR", READ, REPORT, STANDARDS_READ, TIPOFFS_READ, CHECKS_RECORD)
                .grant("ENTERPRISE_MANAGER", READ, REPORT, STANDARDS_READ, CHECKS_RECORD)
                .grant("TIP_OFF_OFFICER", READ, REPORT, STANDARDS_READ, TIPOFFS_READ, TIPOFFS_IDENTITY_READ)
                .grant("AUDITOR", READ, STANDARDS_READ, TIPOFFS_READ)
                .api(rules -> rules
                        .get("/api/v1/standards/**", STANDARDS_READ)
                        .writes("/api/v1/standards/**", STANDARDS_WRITE)
                        .get("/api/v1/hazards/**", READ)
                        // the caller's own inbox (its data scope and its unit keep it to the caller's notices)
                        .get("/api/v1/inbox", READ)
                        .post("/api/v1/hazards", REPORT)
                        // an enterprise reports its own rectification with its evidence (its data scope keeps it to
                        // its own hazards)
                        .post("/api/v1/hazards/*/rectification", REPORT)
                        .post("/api/v1/hazards/*/attachments", REPORT)
                        .writes("/api/v1/hazards/**", SUPERVISE)
                        // the principal's periodic checks (task 24): recorded by the enterprise itself or an officer,
                        // each within its data scope
                        .get("/api/v1/principal-checks/**", READ)
                        .post("/api/v1/principal-checks", CHECKS_RECORD))
                .pages(rules -> rules
                        // every role that signs in reads hazards: every signed-in user has an inbox of the notices
                        // in his data scope
                        .any("/inbox/**", READ)
                        // the home of an enterprise's safety manager: its hazards and to-do items
                        .get("/my-enterprise", READ)
                        .get("/standards/import", STANDARDS_WRITE)
                        .get("/standards/*/in-force", STANDARDS_WRITE)
                        .get("/standards/**", STANDARDS_READ)
                        .post("/standards/**", STANDARDS_WRITE)
                        .get("/hazards/new", REPORT)
                        .post("/hazards/new", REPORT)
                        // an enterprise submits the rectification of its own hazards (its data scope keeps it to
                        // them)
                        .post("/hazards/*/rectification", REPORT)
                        .get("/hazards/**", READ)
                        .post("/hazards/**", SUPERVISE)
                        .get("/principal-checks/new", CHECKS_RECORD)
                        .post("/principal-checks/new", CHECKS_RECORD)
                        .get("/principal-checks/**", READ))
                .build();
    }
}
