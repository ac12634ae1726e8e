package org.zhiben.shared;

/**
 * A well-formed command that a business rule refuses in the current state (e.g. a hazard transition that is
 * not allowed, a write-off without verification). Maps to HTTP 409.
 */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String defaultMessage, Object... arguments) {
        super(code, defaultMessage, arguments);
    }
}
