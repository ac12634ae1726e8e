package org.zhiben.hazards;

import org.zhiben.shared.DomainEvent;

/** Publishes the events of hazards to the rest of the application (secondary port). */
public interface HazardEvents {

    void publish(DomainEvent event);
}
