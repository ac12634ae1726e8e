package org.zhiben.campaign.application;

import java.util.ArrayList;
import java.util.List;

import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.DomainEvent;

final class CollectedCampaignEvents implements DomainEvents {

    final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }
}
