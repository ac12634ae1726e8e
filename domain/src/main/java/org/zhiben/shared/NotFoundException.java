package org.zhiben.shared;

/** The entity a command or query names does not exist (or is outside the caller's scope). Maps to HTTP 404. */
public class NotFoundException extends DomainException {

    private final String entity;
    private final String id;

    public NotFoundException(String entity, Object id) {
        super("not-found", entity + " " + id + " not found", entity, String.valueOf(id));
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
