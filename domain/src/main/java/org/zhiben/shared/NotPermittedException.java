package org.zhiben.shared;

/**
 * A command the caller may in general give, refused for this matter because it is not theirs to decide: the matter
 * lies, or would come to lie, outside their data scope, or the change touches what only those who supervise it may
 * change. Unlike {@link NotFoundException}, the caller may know that the matter exists. Maps to HTTP 403.
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String code, String defaultMessage, Object... arguments) {
        super(code, defaultMessage, arguments);
    }
}
