package org.zhiben.shared;

/**
 * A value given to the domain is not acceptable (malformed code, date out of range, missing field).
 * Maps to HTTP 400 with the offending {@link #field()}.
 */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String code, String defaultMessage, Object... arguments) {
        super(code, defaultMessage, arguments);
        this.field = field;
    }

    /** The name of the offending field as the caller sent it (e.g. {@code creditCode}); may be null. */
    public String field() {
        return field;
    }
}
