package org.zhiben.hazards.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.DomainEvents;

/** Keeps the published events and hands each to the subscribed listeners at once (as the registry would, later). */
final class RecordingHazardEvents implements DomainEvents {

    final List<DomainEvent> published = new ArrayList<>();
    private final List<Consumer<DomainEvent>> listeners = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
        listeners.forEach(listener -> listener.accept(event));
    }

    void subscribe(Consumer<DomainEvent> listener) {
        listeners.add(listener);
    }

    <E extends DomainEvent> List<E> ofType(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
