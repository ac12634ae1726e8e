package org.zhiben.identity.config;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.PasswordPolicy;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Permission;
import org.zhiben.shared.UnitCode;

/**
 * Demonstration accounts and one demonstration API client, ONLY with the {@code demo} profile
 * ({@code application-demo.yaml} lists them with their passwords). Each is created once, through the same use cases
 * and audit entries as real ones; the demo users' configured passwords replace their one-time passwords, so they can
 * sign in at once.
 */
@Component
@Profile("demo")
@Order(10)
@EnableConfigurationProperties(DemoData.Settings.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @ConfigurationProperties("zhiben.demo")
    record Settings(List<DemoUser> users, DemoClient apiClient) {
    }

    record DemoUser(String username, String displayName, List<Role> roles, String unit, String jurisdiction,
                    String password) {
    }

    record DemoClient(String clientId, String name, String owner, List<String> scopes, List<String> jurisdictions,
                      String secret) {
    }

    private final Settings settings;
    private final CreateUser createUser;
    private final ChangeOwnPassword changeOwnPassword;
    private final UserAccounts accounts;
    private final ApiClients clients;
    private final PasswordHasher hasher;
    private final AuditRecorder audit;
    private final Transactions transactions;
    private final Clock clock;
    private final RolePermissions permissions;

    DemoData(Settings settings, CreateUser createUser, ChangeOwnPassword changeOwnPassword, UserAccounts accounts,
             ApiClients clients, PasswordHasher hasher, AuditRecorder audit, Transactions transactions, Clock clock,
             RolePermissions permissions) {
        this.permissions = permissions;
        this.settings = settings;
        this.createUser = createUser;
        this.changeOwnPassword = changeOwnPassword;
        this.accounts = accounts;
        this.clients = clients;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser user : settings.users() == null ? List.<DemoUser>of() : settings.users()) {
            Username username = Username.of(user.username());
            if (transactions.read(() -> accounts.existsByUsername(username))) {
                continue;
            }
            var assignment = new RoleAssignment(new HashSet<>(user.roles()),
                    user.unit() == null ? null : UnitCode.of(user.unit()),
                    user.jurisdiction() == null ? null : JurisdictionCode.of(user.jurisdiction()), null);
            var issued = createUser.create(Actor.SYSTEM,
                    new CreateUserCommand(username, user.displayName(), assignment));
            changeOwnPassword.change(new Actor(username.value(), user.roles().get(0).name(), user.unit()),
                    new ChangeOwnPasswordCommand(username, issued.oneTimePassword(), user.password()));
            log.info("Demo account {} ({}) created", username, user.roles());
        }
        DemoClient client = settings.apiClient();
        if (client != null) {
            ClientId clientId = ClientId.of(client.clientId());
            if (!transactions.read(() -> clients.existsByClientId(clientId))) {
                PasswordPolicy.check(client.secret(), clientId);
                Set<Permission> scopes = new HashSet<>();
                client.scopes().forEach(s -> scopes.add(permissions.ofScope(s).orElseThrow(
                        () -> new IllegalArgumentException("unknown scope in zhiben.demo.api-client: " + s))));
                DataScope dataScope = DataScope.jurisdictions(
                        client.jurisdictions().stream().map(JurisdictionCode::of).toList());
                transactions.write(() -> {
                    clients.save(ApiClient.register(clientId, client.name(), client.owner(), scopes, dataScope,
                            hasher.hash(client.secret()), clock.instant()));
                    audit.record(Actor.SYSTEM, "api-client", clientId.value(), "api-client.registered",
                            "演示数据", "scopes=" + String.join(",", client.scopes().stream().sorted().toList()));
                });
                log.info("Demo API client {} registered", clientId);
            }
        }
    }
}
