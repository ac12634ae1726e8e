package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserAccounts;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;

/**
 * Changes a user's roles and affiliation. An administrator cannot take away their own administrator role: since only
 * administrators manage accounts, and none can disable themselves either, the one acting always remains.
 */
public class ChangeUserRoles {

    private final UserAccounts accounts;
    private final Clock clock;

    public ChangeUserRoles(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public void change(ChangeUserRolesCommand command) {
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
    }
}
