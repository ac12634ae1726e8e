package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/**
 * Gives a user a new generated one-time password, which must be changed at the next login, and lifts a lockout.
 * The password is returned once, to be handed over; only its hash is kept. Recorded as {@code user.password-reset}.
 */
public class ResetPassword {

    private final UserAccounts accounts;
    private final PasswordGenerator generator;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditRecorder audit;

    public ResetPassword(UserAccounts accounts, PasswordGenerator generator, PasswordHasher hasher, Clock clock,
                         AuditRecorder audit) {
        this.accounts = accounts;
        this.generator = generator;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    public IssuedPassword reset(Actor actor, ResetPasswordCommand command) {
        UserAccount account = accounts.findById(command.userId())
                .orElseThrow(() -> new NotFoundException("user", command.userId()));
        String oneTimePassword = OneTimePasswords.generateFor(generator, account.username());
        account.resetPassword(hasher.hash(oneTimePassword), clock.instant());
        accounts.save(account);
        audit.record(actor, IdentityAudit.USER, account.id().toString(), "user.password-reset", null,
                "mustChangePassword=true");
        return new IssuedPassword(account.id(), oneTimePassword);
    }
}
