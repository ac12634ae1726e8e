package org.zhiben.identity.web;

import java.util.List;
import java.util.StringJoiner;
import org.springframework.stereotype.Service;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.Permission;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.ApiClientCommand;
import org.zhiben.identity.application.BootstrapAdministrator;
import org.zhiben.identity.application.BootstrapAdministratorCommand;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.application.ChangeUserRoles;
import org.zhiben.identity.application.ChangeUserRolesCommand;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.identity.application.DisableApiClient;
import org.zhiben.identity.application.DisableUser;
import org.zhiben.identity.application.DisableUserCommand;
import org.zhiben.identity.application.EnableApiClient;
import org.zhiben.identity.application.EnableUser;
import org.zhiben.identity.application.EnableUserCommand;
import org.zhiben.identity.application.IssuedPassword;
import org.zhiben.identity.application.IssuedSecret;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.identity.application.RegisterApiClientCommand;
import org.zhiben.identity.application.ResetPassword;
import org.zhiben.identity.application.ResetPasswordCommand;
import org.zhiben.identity.application.RotateApiClientSecret;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/**
 * Every change to accounts and API clients, each in one transaction together with its audit entry, for the REST API
 * and the administration pages alike. The audit entries name the account or client by id and say what changed in
 * codes (roles, unit, jurisdiction, scopes); they never hold a password, secret, hash or display name.
 */
@Service
public class IdentityAdministration {

    static final String USER = "user";
    static final String API_CLIENT = "api-client";

    private final Transactions transactions;
    private final AuditRecorder audit;
    private final UserAccounts accounts;
    private final ApiClients clients;
    private final CreateUser createUser;
    private final ChangeUserRoles changeUserRoles;
    private final DisableUser disableUser;
    private final EnableUser enableUser;
    private final ResetPassword resetPassword;
    private final ChangeOwnPassword changeOwnPassword;
    private final BootstrapAdministrator bootstrapAdministrator;
    private final RegisterApiClient registerApiClient;
    private final DisableApiClient disableApiClient;
    private final EnableApiClient enableApiClient;
    private final RotateApiClientSecret rotateApiClientSecret;

    IdentityAdministration(Transactions transactions, AuditRecorder audit, UserAccounts accounts, ApiClients clients,
                           CreateUser createUser, ChangeUserRoles changeUserRoles, DisableUser disableUser,
                           EnableUser enableUser, ResetPassword resetPassword, ChangeOwnPassword changeOwnPassword,
                           BootstrapAdministrator bootstrapAdministrator, RegisterApiClient registerApiClient,
                           DisableApiClient disableApiClient, EnableApiClient enableApiClient,
                           RotateApiClientSecret rotateApiClientSecret) {
        this.transactions = transactions;
        this.audit = audit;
        this.accounts = accounts;
        this.clients = clients;
        this.createUser = createUser;
        this.changeUserRoles = changeUserRoles;
        this.disableUser = disableUser;
        this.enableUser = enableUser;
        this.resetPassword = resetPassword;
        this.changeOwnPassword = changeOwnPassword;
        this.bootstrapAdministrator = bootstrapAdministrator;
        this.registerApiClient = registerApiClient;
        this.disableApiClient = disableApiClient;
        this.enableApiClient = enableApiClient;
        this.rotateApiClientSecret = rotateApiClientSecret;
    }

    public List<UserAccount> users(int page, int size) {
        return transactions.read(() -> accounts.findAll(page, size));
    }

    public long userCount() {
        return transactions.read(accounts::count);
    }

    public UserAccount user(UserId id) {
        return transactions.read(() -> accounts.findById(id)).orElseThrow(() -> new NotFoundException(USER, id));
    }

    public IssuedPassword createUser(Actor actor, CreateUserCommand command) {
        return transactions.write(() -> {
            IssuedPassword issued = createUser.create(command);
            audit.record(actor, USER, issued.userId().toString(), "user.created", null,
                    "username=" + command.username() + ";" + assignment(command.assignment()));
            return issued;
        });
    }

    public void changeRoles(Actor actor, UserId userId, RoleAssignment assignment) {
        transactions.write(() -> {
            changeUserRoles.change(new ChangeUserRolesCommand(actor, userId, assignment));
            audit.record(actor, USER, userId.toString(), "user.roles-changed", null, assignment(assignment));
        });
    }

    public void disableUser(Actor actor, UserId userId, String reason) {
        transactions.write(() -> {
            disableUser.disable(new DisableUserCommand(actor, userId));
            audit.record(actor, USER, userId.toString(), "user.disabled", reason, "enabled=false");
        });
    }

    public void enableUser(Actor actor, UserId userId, String reason) {
        transactions.write(() -> {
            enableUser.enable(new EnableUserCommand(userId));
            audit.record(actor, USER, userId.toString(), "user.enabled", reason, "enabled=true");
        });
    }

    public IssuedPassword resetPassword(Actor actor, UserId userId) {
        return transactions.write(() -> {
            IssuedPassword issued = resetPassword.reset(new ResetPasswordCommand(userId));
            audit.record(actor, USER, userId.toString(), "user.password-reset", null, "mustChangePassword=true");
            return issued;
        });
    }

    /** The signed-in user changes their own password; they are the actor. */
    public void changeOwnPassword(Actor actor, UserId userId, Username username, String currentPassword,
                                  String newPassword) {
        transactions.write(() -> {
            changeOwnPassword.change(new ChangeOwnPasswordCommand(username, currentPassword, newPassword));
            audit.record(actor, USER, userId.toString(), "user.password-changed", null, "mustChangePassword=false");
        });
    }

    /** Creates the first administrator when there is no account at all; the system is the actor. */
    public java.util.Optional<IssuedPassword> bootstrapAdministrator(BootstrapAdministratorCommand command) {
        return transactions.write(() -> {
            var issued = bootstrapAdministrator.bootstrap(command);
            issued.ifPresent(password -> audit.record(Actor.SYSTEM, USER, password.userId().toString(),
                    "user.created", "bootstrap of a new installation",
                    "username=" + BootstrapAdministrator.ADMINISTRATOR + ";"
                            + assignment(RoleAssignment.ofUnit(bootstrapAdministrator.committeeOffice(),
                            Role.COMMITTEE_ADMIN))));
            return issued;
        });
    }

    public List<ApiClient> apiClients() {
        return transactions.read(clients::findAll);
    }

    public IssuedSecret registerApiClient(Actor actor, RegisterApiClientCommand command) {
        return transactions.write(() -> {
            IssuedSecret issued = registerApiClient.register(command);
            audit.record(actor, API_CLIENT, command.clientId().value(), "api-client.registered", null,
                    "scopes=" + scopes(command.scopes()) + ";" + dataScope(command.dataScope()));
            return issued;
        });
    }

    public void disableApiClient(Actor actor, ClientId clientId, String reason) {
        transactions.write(() -> {
            disableApiClient.disable(new ApiClientCommand(clientId));
            audit.record(actor, API_CLIENT, clientId.value(), "api-client.disabled", reason, "enabled=false");
        });
    }

    public void enableApiClient(Actor actor, ClientId clientId, String reason) {
        transactions.write(() -> {
            enableApiClient.enable(new ApiClientCommand(clientId));
            audit.record(actor, API_CLIENT, clientId.value(), "api-client.enabled", reason, "enabled=true");
        });
    }

    public IssuedSecret rotateApiClientSecret(Actor actor, ClientId clientId) {
        return transactions.write(() -> {
            IssuedSecret issued = rotateApiClientSecret.rotate(new ApiClientCommand(clientId));
            audit.record(actor, API_CLIENT, clientId.value(), "api-client.secret-rotated", null, null);
            return issued;
        });
    }

    static String assignment(RoleAssignment a) {
        StringJoiner text = new StringJoiner(";");
        text.add("roles=" + String.join(",", a.roles().stream().map(Role::name).sorted().toList()));
        text.add("unit=" + (a.unit() == null ? "" : a.unit().value()));
        text.add("jurisdiction=" + (a.jurisdiction() == null ? "" : a.jurisdiction().value()));
        text.add("enterprise=" + (a.enterpriseId() == null ? "" : a.enterpriseId()));
        return text.toString();
    }

    static String scopes(java.util.Set<Permission> scopes) {
        return String.join(",", scopes.stream().map(Permission::scope).sorted().toList());
    }

    static String dataScope(DataScope scope) {
        if (scope.prefectureWide()) {
            return "dataScope=PREFECTURE";
        }
        return "dataScope.jurisdictions=" + join(scope.jurisdictions()) + ";dataScope.industries="
                + join(scope.industries()) + ";dataScope.enterprises=" + join(scope.enterpriseIds());
    }

    private static String join(java.util.Collection<?> values) {
        return String.join(",", values.stream().map(String::valueOf).sorted().toList());
    }
}
