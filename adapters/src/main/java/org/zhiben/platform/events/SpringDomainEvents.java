package org.zhiben.platform.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.DomainEvents;

/**
 * The one implementation of {@link DomainEvents}: publishes the event as a Spring application event inside the
 * transaction of the change. Spring Modulith's JDBC event publication registry ({@code event_publication}) then
 * records one publication per {@code @ApplicationModuleListener} in that same transaction, delivers the event after
 * the commit, marks the publication completed when the listener succeeds, and republishes the incomplete ones when the
 * application starts again ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * <p>
 * An event published without a transaction would reach no transactional listener and be lost, so that is refused.
 */
@Component
class SpringDomainEvents implements DomainEvents {

    private final ApplicationEventPublisher publisher;

    SpringDomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(DomainEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("domain event published outside a transaction: "
                    + event.getClass().getSimpleName());
        }
        publisher.publishEvent(event);
    }
}
