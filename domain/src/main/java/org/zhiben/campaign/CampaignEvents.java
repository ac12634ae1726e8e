package org.zhiben.campaign;

import org.zhiben.shared.DomainEvent;

/** Where the campaign's domain events go, for other modules to react to. */
public interface CampaignEvents {

    void publish(DomainEvent event);
}
