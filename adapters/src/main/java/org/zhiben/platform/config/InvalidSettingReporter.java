package org.zhiben.platform.config;

import java.io.PrintStream;
import java.util.Optional;
import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Reports a start-up that failed on an {@link InvalidSettingException} as one line on the standard error, with no stack
 * trace; any other failure is left to Spring Boot's own reporting. Registered in {@code META-INF/spring.factories}.
 */
public class InvalidSettingReporter implements SpringBootExceptionReporter {

    /** The line's prefix, which an operator or a supervisor's log filter can look for. */
    public static final String PREFIX = "Zhiben cannot start: ";

    private final PrintStream out;

    public InvalidSettingReporter() {
        this(System.err);
    }

    InvalidSettingReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean reportException(Throwable failure) {
        Optional<InvalidSettingException> invalid = find(failure);
        invalid.ifPresent(e -> {
            out.println(PREFIX + e.getMessage());
            out.flush();
        });
        return invalid.isPresent();
    }

    /** The invalid setting behind a failure, if that is what it is. */
    public static Optional<InvalidSettingException> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidSettingException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }
}
