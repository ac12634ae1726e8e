package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.PasswordPolicy;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;

/**
 * A user replaces their own password: they prove the current one, and the new one meets the {@link PasswordPolicy}
 * and differs from the current one. This also ends the obligation to change a one-time password. Recorded as
 * {@code user.password-changed}.
 */
public class ChangeOwnPassword {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditRecorder audit;

    public ChangeOwnPassword(UserAccounts accounts, PasswordHasher hasher, Clock clock, AuditRecorder audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    /** The user, acting as {@code actor}, changes their own password. */
    public void change(Actor actor, ChangeOwnPasswordCommand command) {
        UserAccount account = accounts.findByUsername(command.username())
                .orElseThrow(() -> new NotFoundException("user", command.username()));
        if (!hasher.matches(command.currentPassword(), account.passwordHash())) {
            throw new RuleViolationException("identity.password.current-mismatch",
                    "the current password is not correct");
        }
        if (command.newPassword().equals(command.currentPassword())) {
            throw new RuleViolationException("identity.password.unchanged",
                    "the new password must differ from the current one");
        }
        PasswordPolicy.check(command.newPassword(), account.username());
        account.changePassword(hasher.hash(command.newPassword()), clock.instant());
        accounts.save(account);
        audit.record(actor, IdentityAudit.USER, account.id().toString(), "user.password-changed", null,
                "mustChangePassword=false");
    }
}
