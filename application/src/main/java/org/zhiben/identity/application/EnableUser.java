package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserAccounts;
import org.zhiben.shared.NotFoundException;

/** Enables a disabled account again. */
public class EnableUser {

    private final UserAccounts accounts;
    private final Clock clock;

    public EnableUser(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public void enable(EnableUserCommand command) {
        UserAccount account = accounts.findById(command.userId())
                .orElseThrow(() -> new NotFoundException("user", command.userId()));
        account.enable(clock.instant());
        accounts.save(account);
    }
}
