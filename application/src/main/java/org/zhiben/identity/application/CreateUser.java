package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.UserId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;

/**
 * Creates an account with a generated one-time password, to be changed at the first login, and records it in the audit
 * trail ({@code user.created}). Usernames are unique.
 */
public class CreateUser {

    private final UserAccounts accounts;
    private final PasswordGenerator generator;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditRecorder audit;

    public CreateUser(UserAccounts accounts, PasswordGenerator generator, PasswordHasher hasher, Clock clock,
                      AuditRecorder audit) {
        this.accounts = accounts;
        this.generator = generator;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates the account in the name of {@code actor}, the administrator (or the system) that creates it. */
    public IssuedPassword create(Actor actor, CreateUserCommand command) {
        if (accounts.existsByUsername(command.username())) {
            throw new RuleViolationException("identity.username.taken", "the username is already taken");
        }
        String oneTimePassword = OneTimePasswords.generateFor(generator, command.username());
        UserAccount account = UserAccount.create(UserId.newId(), command.username(), command.displayName(),
                command.assignment(), hasher.hash(oneTimePassword), clock.instant());
        accounts.save(account);
        audit.record(actor, IdentityAudit.USER, account.id().toString(), "user.created", null,
                "username=" + command.username() + ";" + IdentityAudit.assignment(command.assignment()));
        return new IssuedPassword(account.id(), oneTimePassword);
    }
}
