package org.zhiben.identity.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.identity.ApiClients;
import org.zhiben.identity.DataScopePolicy;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.UnitIndustries;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.application.AuthenticateUser;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeUserRoles;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.DisableApiClient;
import org.zhiben.identity.application.DisableUser;
import org.zhiben.identity.application.EnableApiClient;
import org.zhiben.identity.application.EnableUser;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.application.ResetPassword;
import org.zhiben.identity.application.RotateApiClientSecret;
import org.zhiben.organization.Prefectures;

/** Wires the identity module's use cases (plain classes of the application jar) to their adapters. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    DataScopePolicy dataScopePolicy(UnitIndustries unitIndustries, Prefectures prefectures) {
        return new DataScopePolicy(unitIndustries, prefectures);
    }

    @Bean
    CreateUser createUser(UserAccounts accounts, PasswordGenerator generator, PasswordHasher hasher, Clock clock) {
        return new CreateUser(accounts, generator, hasher, clock);
    }

    @Bean
    ChangeUserRoles changeUserRoles(UserAccounts accounts, Clock clock) {
        return new ChangeUserRoles(accounts, clock);
    }

    @Bean
    DisableUser disableUser(UserAccounts accounts, Clock clock) {
        return new DisableUser(accounts, clock);
    }

    @Bean
    EnableUser enableUser(UserAccounts accounts, Clock clock) {
        return new EnableUser(accounts, clock);
    }

    @Bean
    ResetPassword resetPassword(UserAccounts accounts, PasswordGenerator generator, PasswordHasher hasher,
                                Clock clock) {
        return new ResetPassword(accounts, generator, hasher, clock);
    }

    @Bean
    ChangeOwnPassword changeOwnPassword(UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        return new ChangeOwnPassword(accounts, hasher, clock);
    }

    @Bean
    AuthenticateUser authenticateUser(UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        return new AuthenticateUser(accounts, hasher, clock);
    }

    @Bean
    BootstrapAdministrator bootstrapAdministrator(UserAccounts accounts, PasswordGenerator generator,
                                                  PasswordHasher hasher, Prefectures prefectures, Clock clock) {
        return new BootstrapAdministrator(accounts, generator, hasher, prefectures, clock);
    }

    @Bean
    RegisterApiClient registerApiClient(ApiClients clients, PasswordGenerator generator, PasswordHasher hasher,
                                        Clock clock) {
        return new RegisterApiClient(clients, generator, hasher, clock);
    }

    @Bean
    DisableApiClient disableApiClient(ApiClients clients, Clock clock) {
        return new DisableApiClient(clients, clock);
    }

    @Bean
    EnableApiClient enableApiClient(ApiClients clients, Clock clock) {
        return new EnableApiClient(clients, clock);
    }

    @Bean
    RotateApiClientSecret rotateApiClientSecret(ApiClients clients, PasswordGenerator generator,
                                                PasswordHasher hasher, Clock clock) {
        return new RotateApiClientSecret(clients, generator, hasher, clock);
    }
}
