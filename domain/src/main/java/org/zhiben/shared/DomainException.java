package org.zhiben.shared;

import java.util.List;
import java.util.Objects;

/**
 * Base of every refusal raised by the domain core. It carries a stable message {@link #code()} (a key of the
 * adapters' message bundles, so the UI and the API can say it in Chinese or English), the arguments for that
 * message, and an English default text for logs. It never carries personal data.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    protected DomainException(String code, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = List.of(arguments);
    }

    /** The message key, e.g. {@code hazard.transition.not-allowed}. */
    public String code() {
        return code;
    }

    /** Arguments of the message, in the order the message uses them ({0}, {1}, ...). */
    public List<Object> arguments() {
        return arguments;
    }
}
