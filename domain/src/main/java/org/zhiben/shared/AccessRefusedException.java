package org.zhiben.shared;

/**
 * A caller who may call the operation in general is refused this one by their data scope: e.g. creating a matter
 * outside it, or an operation only prefecture-wide callers may perform. Maps to HTTP 403 (code
 * {@code security.forbidden} unless a more precise one is given).
 */
public class AccessRefusedException extends DomainException {

    public static final String FORBIDDEN = "security.forbidden";

    public AccessRefusedException(String defaultMessage) {
        super(FORBIDDEN, defaultMessage);
    }

    public AccessRefusedException(String code, String defaultMessage, Object... arguments) {
        super(code, defaultMessage, arguments);
    }
}
