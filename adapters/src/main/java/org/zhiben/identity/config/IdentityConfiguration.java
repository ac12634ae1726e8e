package org.zhiben.identity.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.DataScopePolicy;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.UnitIndustries;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.application.AuthenticateUser;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeUserRoles;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.DisableApiClient;
import org.zhiben.identity.application.DisableUser;
import org.zhiben.identity.application.EnableApiClient;
import org.zhiben.identity.application.EnableUser;
import org.zhiben.identity.application.FindAccounts;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.application.ResetPassword;
import org.zhiben.identity.application.RotateApiClientSecret;
import org.zhiben.organization.Prefectures;
import org.zhiben.platform.tx.UseCaseTransactions;

/**
 * Wires the identity module's use cases (plain classes of the application jar) to their adapters; the administration
 * use cases are decorated so that each call is one transaction, its audit entry and events included.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    DataScopePolicy dataScopePolicy(UnitIndustries unitIndustries, Prefectures prefectures) {
        return new DataScopePolicy(unitIndustries, prefectures);
    }

    @Bean
    CreateUser createUser(UseCaseTransactions transactional, UserAccounts accounts, PasswordGenerator generator,
                          PasswordHasher hasher, Clock clock, AuditRecorder audit) {
        return transactional.wrap(new CreateUser(accounts, generator, hasher, clock, audit));
    }

    @Bean
    ChangeUserRoles changeUserRoles(UseCaseTransactions transactional, UserAccounts accounts, Clock clock,
                                    AuditRecorder audit) {
        return transactional.wrap(new ChangeUserRoles(accounts, clock, audit));
    }

    @Bean
    DisableUser disableUser(UseCaseTransactions transactional, UserAccounts accounts, Clock clock,
                            AuditRecorder audit) {
        return transactional.wrap(new DisableUser(accounts, clock, audit));
    }

    @Bean
    EnableUser enableUser(UseCaseTransactions transactional, UserAccounts accounts, Clock clock,
                          AuditRecorder audit) {
        return transactional.wrap(new EnableUser(accounts, clock, audit));
    }

    @Bean
    ResetPassword resetPassword(UseCaseTransactions transactional, UserAccounts accounts,
                                PasswordGenerator generator, PasswordHasher hasher, Clock clock, AuditRecorder audit) {
        return transactional.wrap(new ResetPassword(accounts, generator, hasher, clock, audit));
    }

    @Bean
    ChangeOwnPassword changeOwnPassword(UseCaseTransactions transactional, UserAccounts accounts,
                                        PasswordHasher hasher, Clock clock, AuditRecorder audit) {
        return transactional.wrap(new ChangeOwnPassword(accounts, hasher, clock, audit));
    }

    @Bean
    AuthenticateUser authenticateUser(UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        return new AuthenticateUser(accounts, hasher, clock);
    }

    @Bean
    BootstrapAdministrator bootstrapAdministrator(UseCaseTransactions transactional, UserAccounts accounts,
                                                  PasswordGenerator generator, PasswordHasher hasher,
                                                  Prefectures prefectures, Clock clock, AuditRecorder audit) {
        return transactional.wrap(new BootstrapAdministrator(accounts, generator, hasher, prefectures, clock, audit));
    }

    @Bean
    RegisterApiClient registerApiClient(UseCaseTransactions transactional, ApiClients clients,
                                        PasswordGenerator generator, PasswordHasher hasher, Clock clock,
                                        AuditRecorder audit) {
        return transactional.wrap(new RegisterApiClient(clients, generator, hasher, clock, audit));
    }

    @Bean
    DisableApiClient disableApiClient(UseCaseTransactions transactional, ApiClients clients, Clock clock,
                                      AuditRecorder audit) {
        return transactional.wrap(new DisableApiClient(clients, clock, audit));
    }

    @Bean
    EnableApiClient enableApiClient(UseCaseTransactions transactional, ApiClients clients, Clock clock,
                                    AuditRecorder audit) {
        return transactional.wrap(new EnableApiClient(clients, clock, audit));
    }

    @Bean
    RotateApiClientSecret rotateApiClientSecret(UseCaseTransactions transactional, ApiClients clients,
                                                PasswordGenerator generator, PasswordHasher hasher, Clock clock,
                                                AuditRecorder audit) {
        return transactional.wrap(new RotateApiClientSecret(clients, generator, hasher, clock, audit));
    }

    @Bean
    FindAccounts findAccounts(UseCaseTransactions transactional, UserAccounts accounts, ApiClients clients) {
        return transactional.wrap(new FindAccounts(accounts, clients));
    }
}
