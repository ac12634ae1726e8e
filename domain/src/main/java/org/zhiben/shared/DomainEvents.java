package org.zhiben.shared;

/**
 * Where every module's domain events go (secondary port, the one way to publish them). Called by a use case inside
 * the transaction of the change it made; the adapter records the event for every listener in the same transaction,
 * and the listeners receive it only after the commit — a change that rolls back publishes nothing.
 */
public interface DomainEvents {

    void publish(DomainEvent event);
}
