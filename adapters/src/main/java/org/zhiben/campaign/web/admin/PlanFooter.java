package org.zhiben.campaign.web.admin;

import org.springframework.stereotype.Component;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.CampaignSchedule;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.Prefectures;
import org.zhiben.platform.web.ui.UiFormats;

/**
 * What every page's footer says about the loaded plan ({@code @planFooter} in the layout): the prefecture's name, in
 * the language of the request, and the years of the campaign, from its first phase to its last.
 */
@Component("planFooter")
public class PlanFooter {

    private final Prefectures prefectures;
    private final Jurisdictions jurisdictions;
    private final CampaignPlans plans;

    PlanFooter(Prefectures prefectures, Jurisdictions jurisdictions, CampaignPlans plans) {
        this.prefectures = prefectures;
        this.jurisdictions = jurisdictions;
        this.plans = plans;
    }

    public String prefectureName() {
        var code = prefectures.current().jurisdiction();
        return jurisdictions.findByCode(code)
                .map(j -> UiFormats.english() ? j.nameEn() : j.name())
                .orElse(code.value());
    }

    public String firstYear() {
        return Integer.toString(schedule().startsOn().getYear());
    }

    public String lastYear() {
        return Integer.toString(schedule().endsOn().getYear());
    }

    private CampaignSchedule schedule() {
        return plans.schedule();
    }
}
