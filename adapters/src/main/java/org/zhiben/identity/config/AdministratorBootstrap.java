package org.zhiben.identity.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.identity.application.BootstrapAdministratorCommand;

/**
 * On the first start of a new installation (no account at all) creates {@code admin}, administrator of the committee
 * office (ACO), whose one-time password must be changed at the first login. The password is taken from
 * {@code ZHIBEN_ADMIN_INITIAL_PASSWORD} ({@code zhiben.identity.admin-initial-password}) when set; otherwise one is
 * generated and written ONCE to the log, in a clearly marked line — the only secret the application ever logs.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final BootstrapAdministrator bootstrapAdministrator;
    private final String initialPassword;

    AdministratorBootstrap(BootstrapAdministrator bootstrapAdministrator,
                           @Value("${zhiben.identity.admin-initial-password:}") String initialPassword) {
        this.bootstrapAdministrator = bootstrapAdministrator;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrapAdministrator.bootstrap(new BootstrapAdministratorCommand(initialPassword))
                .ifPresent(issued -> {
                    if (initialPassword == null || initialPassword.isBlank()) {
                        log.warn("""

                                ================= ZHIBEN INITIAL ADMINISTRATOR =================
                                Created the account '{}'. One-time password (shown only now): {}
                                It must be changed at the first login.
                                ================================================================""",
                                BootstrapAdministrator.ADMINISTRATOR, issued.oneTimePassword());
                    } else {
                        log.warn("Created the account '{}' with the one-time password from "
                                        + "ZHIBEN_ADMIN_INITIAL_PASSWORD; it must be changed at the first login.",
                                BootstrapAdministrator.ADMINISTRATOR);
                    }
                });
    }
}
