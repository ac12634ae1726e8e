package org.zhiben.shared;

/**
 * A command was prepared against a version of an aggregate that is no longer the current one: someone else changed it
 * in between. The caller should reload and decide again. Maps to HTTP 409.
 */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String entity, Object id, long expected, long actual) {
        super("concurrency.stale-version",
                entity + " " + id + " was changed meanwhile: expected version " + expected + ", found " + actual,
                entity, String.valueOf(id), expected, actual);
    }
}
