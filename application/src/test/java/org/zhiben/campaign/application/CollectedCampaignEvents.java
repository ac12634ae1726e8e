package org.zhiben.campaign.application;

import java.util.ArrayList;
import java.util.List;

import org.zhiben.campaign.CampaignEvents;
import org.zhiben.shared.DomainEvent;

final class CollectedCampaignEvents implements CampaignEvents {

    final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }
}
