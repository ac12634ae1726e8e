package org.zhiben.identity.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.zhiben.identity.PasswordPolicy;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.platform.config.InvalidSettingException;
import org.zhiben.shared.InvalidValueException;

/**
 * Checks the first administrator's one-time password ({@code ZHIBEN_ADMIN_INITIAL_PASSWORD}) against the password
 * policy before anything starts, so that a password the policy refuses stops the start-up within seconds with one line
 * saying which rule it breaks — never the password. {@link AdministratorBootstrap} uses it later only on a new
 * installation.
 */
public class AdministratorPasswordCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String password = environment.getProperty("zhiben.identity.admin-initial-password");
        if (password == null || password.isBlank()) {
            return;
        }
        try {
            PasswordPolicy.check(password, BootstrapAdministrator.ADMINISTRATOR);
        } catch (InvalidValueException refused) {
            throw new InvalidSettingException("ZHIBEN_ADMIN_INITIAL_PASSWORD",
                    "the password policy refuses it: " + refused.getMessage());
        }
    }
}
