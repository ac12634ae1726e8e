package org.zhiben.platform.testing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhiben.shared.DomainEvent;

/** Every domain event published in the test context, in order, for tests to look for theirs. */
@Component
public class RecordedEvents {

    private final List<DomainEvent> events = new ArrayList<>();

    @EventListener
    synchronized void on(DomainEvent event) {
        events.add(event);
    }

    public synchronized <T extends DomainEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
