package org.zhiben.campaign.config;

import static org.zhiben.campaign.CampaignPermissions.PROGRESS_WRITE;
import static org.zhiben.campaign.CampaignPermissions.READ;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.platform.security.AccessRules;

/**
 * Who may read the campaign and record progress: everyone signed in reads it; the committee office, the member units
 * and the counties record the progress of the tasks they answer for, upload its evidence, and review (as lead unit) the
 * progress other units report.
 */
@Configuration(proxyBeanMethods = false)
class CampaignAccess {

    @Bean
    AccessRules campaignAccessRules() {
        return AccessRules.of("campaign")
                .grant("COMMITTEE_ADMIN", READ, PROGRESS_WRITE)
                .grant("DEPARTMENT_OFFICER", READ, PROGRESS_WRITE)
                .grant("COUNTY_OFFICER", READ, PROGRESS_WRITE)
                .grant("INSPECTOR", READ)
                .grant("ENTERPRISE_MANAGER", READ)
                .grant("TIP_OFF_OFFICER", READ)
                // everyone signed in reads the campaign, and so has the home page and the to-do list
                .grant("LEGAL_REVIEWER", READ)
                .grant("AUDITOR", READ)
                .api(rules -> rules
                        .get("/api/v1/campaign/**", READ)
                        .post("/api/v1/campaign/progress-entries", PROGRESS_WRITE)
                        .post("/api/v1/campaign/progress-entries/*/review", PROGRESS_WRITE)
                        .post("/api/v1/campaign/tasks/*/evidence-files", PROGRESS_WRITE))
                .pages(rules -> rules
                        // the to-do list of every signed-in user, combined from what each module contributes
                        .get("/todo", READ)
                        .get("/campaign/**", READ)
                        .post("/campaign/tasks/*/progress", PROGRESS_WRITE)
                        .post("/campaign/tasks/*/entries/*/review", PROGRESS_WRITE))
                .build();
    }
}
