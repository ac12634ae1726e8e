package org.zhiben.hazards.messaging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardEvents;
import org.zhiben.shared.DomainEvent;

/**
 * Publishes the hazards' events as Spring application events, inside the transaction of the change: Spring
 * Modulith's publication registry records them for every {@code @ApplicationModuleListener}, and they are delivered
 * after the commit.
 */
@Component
class SpringHazardEvents implements HazardEvents {

    private final ApplicationEventPublisher publisher;

    SpringHazardEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
    }
}
