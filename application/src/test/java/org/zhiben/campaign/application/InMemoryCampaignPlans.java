package org.zhiben.campaign.application;

import java.util.List;

import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignSchedule;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.TaskGroup;

record InMemoryCampaignPlans(CampaignSchedule schedule, List<TaskGroup> groups, List<KeyTask> tasks,
                             List<Assignment> assignments) implements CampaignPlans {
}
