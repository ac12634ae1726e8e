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

    /** A more specific absence with a message of its own, e.g. no standard for a sector. */
    protected NotFoundException(String code, String defaultMessage, String entity, Object id, Object... arguments) {
        super(code, defaultMessage, arguments);
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
