package org.zhiben.shared;

/**
 * A change was made against an outdated copy: the caller saw version {@code expected} of the entity, but it has
 * since been changed to version {@code actual}. The caller must reload and decide again. Maps to HTTP 412.
 */
public class StaleVersionException extends DomainException {

    private final String entity;
    private final String id;
    private final long expected;
    private final long actual;

    public StaleVersionException(String entity, Object id, long expected, long actual) {
        super("concurrency.stale-version",
                entity + " " + id + " was changed meanwhile: expected version " + expected + ", found " + actual,
                entity, String.valueOf(id), expected, actual);
        this.entity = entity;
        this.id = String.valueOf(id);
        this.expected = expected;
        this.actual = actual;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
