package org.zhiben.hazards.application;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.DomainEvent;

final class RecordingHazardEvents implements DomainEvents {

    final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }

    <E extends DomainEvent> List<E> ofType(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
