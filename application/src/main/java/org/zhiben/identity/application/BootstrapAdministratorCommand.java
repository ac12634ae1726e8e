package org.zhiben.identity.application;

/**
 * Create the first administrator. {@code initialPassword} is the one-time password to give it (e.g. from the
 * deployment's configuration); when null or blank one is generated. It never appears in {@link #toString()}.
 */
public record BootstrapAdministratorCommand(String initialPassword) {

    public BootstrapAdministratorCommand {
        initialPassword = initialPassword == null || initialPassword.isBlank() ? null : initialPassword;
    }

    /** Generate the one-time password. */
    public static BootstrapAdministratorCommand withGeneratedPassword() {
        return new BootstrapAdministratorCommand(null);
    }

    @Override
    public String toString() {
        return "BootstrapAdministratorCommand[initialPassword=" + (initialPassword == null ? "generated" : "***") + "]";
    }
}
