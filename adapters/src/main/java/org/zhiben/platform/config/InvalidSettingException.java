package org.zhiben.platform.config;

/**
 * A setting the application cannot start with, found before anything is started (before the embedded PostgreSQL, the
 * connection pool or the web server): {@link InvalidSettingReporter} prints it as one line without a stack trace and
 * the application exits. The message names the setting as the operator sets it (the environment variable) and what is
 * wrong, never the value itself, which may be a secret.
 */
public class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + problem, null, false, false);
    }
}
