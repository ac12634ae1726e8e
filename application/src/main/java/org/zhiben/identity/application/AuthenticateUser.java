package org.zhiben.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.Username;
import org.zhiben.shared.InvalidValueException;

/**
 * Checks a login attempt and keeps count of failures: a locked account is refused without checking its password, a
 * wrong password counts as a failure (the fifth in a row locks the account for 15 minutes), a right one resets the
 * count. An unknown username and a wrong password give the same answer.
 */
public class AuthenticateUser {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AuthenticateUser(UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Authentication authenticate(AuthenticateUserCommand command) {
        Optional<UserAccount> found = parse(command.username()).flatMap(accounts::findByUsername);
        if (found.isEmpty()) {
            return Authentication.failed(Authentication.Outcome.BAD_CREDENTIALS);
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            return Authentication.failed(Authentication.Outcome.LOCKED);
        }
        if (!hasher.matches(command.password(), account.passwordHash())) {
            account.recordFailedLogin(now);
            accounts.save(account);
            return Authentication.failed(account.isLocked(now)
                    ? Authentication.Outcome.LOCKED
                    : Authentication.Outcome.BAD_CREDENTIALS);
        }
        if (!account.isEnabled()) {
            return Authentication.failed(Authentication.Outcome.DISABLED);
        }
        if (account.consecutiveFailedLogins() > 0 || account.lockedUntil() != null) {
            account.recordSuccessfulLogin(now);
            accounts.save(account);
        }
        return new Authentication(Authentication.Outcome.AUTHENTICATED, account);
    }

    private static Optional<Username> parse(String username) {
        try {
            return Optional.of(Username.of(username));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }
}
