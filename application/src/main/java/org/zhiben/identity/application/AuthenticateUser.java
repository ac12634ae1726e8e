package org.zhiben.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.zhiben.identity.FailedLogin;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.Username;
import org.zhiben.shared.InvalidValueException;

/**
 * Checks a login attempt and keeps count of failures: a locked account is refused without checking its password, a
 * wrong password counts as a failure (the fifth in a row locks the account for 15 minutes), a right one resets the
 * count. An unknown username and a wrong password give the same answer.
 *
 * <p>Failures are counted by the store in one atomic step ({@link UserAccounts#recordFailedLogin}), not by saving the
 * loaded account: logins failing in parallel each count, and none fails for the others' changes.
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
            return Authentication.failed(Authentication.Outcome.LOCKED, account.id(), false);
        }
        if (!hasher.matches(command.password(), account.passwordHash())) {
            FailedLogin failure = accounts.recordFailedLogin(account.id(), now);
            return failure == FailedLogin.COUNTED
                    ? Authentication.failed(Authentication.Outcome.BAD_CREDENTIALS, account.id(), false)
                    : Authentication.failed(Authentication.Outcome.LOCKED, account.id(), failure == FailedLogin.LOCKED);
        }
        if (!account.isEnabled()) {
            return Authentication.failed(Authentication.Outcome.DISABLED, account.id(), false);
        }
        if (!accounts.recordSuccessfulLogin(account.id(), now)) {
            // locked meanwhile by attempts that failed in parallel
            return Authentication.failed(Authentication.Outcome.LOCKED, account.id(), false);
        }
        return Authentication.authenticated(account);
    }

    private static Optional<Username> parse(String username) {
        try {
            return Optional.of(Username.of(username));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }
}
