package org.zhiben.training.config;

import static org.zhiben.training.TrainingPermissions.READ;
import static org.zhiben.training.TrainingPermissions.RECORD;
import static org.zhiben.training.TrainingPermissions.SUPERVISE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may do what in training.
 *
 * <ul>
 * <li>The committee office, departments and counties record training and supervise it (re-examinations, reports of
 *     proxy training and no-shows, which open penalty cases), each in their data scope; inspectors record training
 *     (the exam at every inspection, 逢查必考, is recorded with their inspection in enforcement).</li>
 * <li>An enterprise manager records its own enterprise's staff training, drills and rescue team (its data scope) and
 *     reads them.</li>
 * <li>Drills and rescue teams are recorded with {@code training:record}; the register of training institutions and
 *     their re-checks need {@code training:supervise}.</li>
 * <li>Training records and certificates are corrected with {@code training:record} (an enterprise manager: its own),
 *     giving a reason; registering an expired certificate's holder as a major hazard (clause 2) needs
 *     {@code training:record}, registering a principal who failed or missed the re-examination (clause 1)
 *     {@code training:supervise}, like the re-examinations themselves.</li>
 * <li>Auditors, legal reviewers and the tip-off officer read.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TrainingAccess {

    @Bean
    AccessRules trainingAccessRules() {
        return AccessRules.of("training")
                .declare(READ, RECORD, SUPERVISE)
                .grant("COMMITTEE_ADMIN", READ, RECORD, SUPERVISE)
                .grant("DEPARTMENT_OFFICER", READ, RECORD, SUPERVISE)
                .grant("COUNTY_OFFICER", READ, RECORD, SUPERVISE)
                .grant("INSPECTOR", READ, RECORD)
                .grant("ENTERPRISE_MANAGER", READ, RECORD)
                .grant("LEGAL_REVIEWER", READ)
                .grant("TIP_OFF_OFFICER", READ)
                .grant("AUDITOR", READ)
                .api(rules -> rules
                        .writes("/api/v1/training/reexaminations/**", SUPERVISE)
                        .writes("/api/v1/training/misconduct-reports/**", SUPERVISE)
                        .writes("/api/v1/training/misconduct-reports", SUPERVISE)
                        .writes("/api/v1/training/records/**", RECORD)
                        .writes("/api/v1/training/certificates/**", RECORD)
                        .writes("/api/v1/training/certificates", RECORD)
                        .writes("/api/v1/training/records", RECORD)
                        .writes("/api/v1/training/drills/**", RECORD)
                        .writes("/api/v1/training/drills", RECORD)
                        .writes("/api/v1/training/rescue-teams/**", RECORD)
                        .writes("/api/v1/training/rescue-teams", RECORD)
                        .writes("/api/v1/training/institutions/**", SUPERVISE)
                        .writes("/api/v1/training/institutions", SUPERVISE)
                        .get("/api/v1/training/**", READ))
                .pages(rules -> rules
                        .post("/training/reexaminations/**", SUPERVISE)
                        .post("/training/misconduct", SUPERVISE)
                        .get("/training/records/new", RECORD)
                        .get("/training/records/import", RECORD)
                        .get("/training/records/import/**", RECORD)
                        .get("/training/certificates/import", RECORD)
                        .get("/training/certificates/import/**", RECORD)
                        .get("/training/certificates/new", RECORD)
                        .post("/training/certificates/**", RECORD)
                        .post("/training/records/**", RECORD)
                        .post("/training/drills/**", RECORD)
                        .post("/training/rescue-teams/**", RECORD)
                        .get("/training/rescue-teams/*/edit", RECORD)
                        // correcting training records and certificates: the edit forms
                        .get("/training/records/*/edit", RECORD)
                        .get("/training/certificates/*/edit", RECORD)
                        .post("/training/institutions/**", SUPERVISE)
                        .get("/training/**", READ))
                .build();
    }
}
