package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/** Enables a disabled account again, recorded as {@code user.enabled} with its reason. */
public class EnableUser {

    private final UserAccounts accounts;
    private final Clock clock;
    private final AuditRecorder audit;

    public EnableUser(UserAccounts accounts, Clock clock, AuditRecorder audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    /** @return the account as enabled */
    public UserAccount enable(Actor actor, EnableUserCommand command) {
        UserAccount account = accounts.findById(command.userId())
                .orElseThrow(() -> new NotFoundException("user", command.userId()));
        account.enable(clock.instant());
        accounts.save(account);
        audit.record(actor, IdentityAudit.USER, account.id().toString(), "user.enabled", command.reason(),
                "enabled=true");
        return account;
    }
}
