package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;

/**
 * Disables an account so that it can no longer log in, recorded as {@code user.disabled} with its reason. Nobody
 * disables their own account.
 */
public class DisableUser {

    private final UserAccounts accounts;
    private final Clock clock;
    private final AuditRecorder audit;

    public DisableUser(UserAccounts accounts, Clock clock, AuditRecorder audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    /** @return the account as disabled */
    public UserAccount disable(DisableUserCommand command) {
        UserAccount account = accounts.findById(command.userId())
                .orElseThrow(() -> new NotFoundException("user", command.userId()));
        if (account.username().value().equals(command.actor().username())) {
            throw new RuleViolationException("identity.user.cannot-disable-self",
                    "nobody can disable their own account");
        }
        account.disable(clock.instant());
        accounts.save(account);
        audit.record(command.actor(), IdentityAudit.USER, account.id().toString(), "user.disabled",
                command.reason(), "enabled=false");
        return account;
    }
}
