package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;

/**
 * Changes a user's roles and affiliation (and so their data scope), recorded as {@code user.roles-changed}. An administrator cannot take away their own administrator role: since only
 * administrators manage accounts, and none can disable themselves either, the one acting always remains.
 */
public class ChangeUserRoles {

    private final UserAccounts accounts;
    private final Clock clock;
    private final AuditRecorder audit;

    public ChangeUserRoles(UserAccounts accounts, Clock clock, AuditRecorder audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    /** @return the account as changed */
    public UserAccount change(ChangeUserRolesCommand command) {
        UserAccount account = accounts.findById(command.userId())
                .orElseThrow(() -> new NotFoundException("user", command.userId()));
        if (account.username().value().equals(command.actor().username())
                && account.roles().contains(Role.COMMITTEE_ADMIN)
                && !command.assignment().has(Role.COMMITTEE_ADMIN)) {
            throw new RuleViolationException("identity.user.cannot-drop-own-administration",
                    "an administrator cannot take away their own administrator role");
        }
        account.assign(command.assignment(), clock.instant());
        accounts.save(account);
        audit.record(command.actor(), IdentityAudit.USER, account.id().toString(), "user.roles-changed", null,
                IdentityAudit.assignment(command.assignment()));
        return account;
    }
}
