package org.zhiben.identity.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhiben.identity.FailedLogin;
import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserId;
import org.zhiben.identity.Username;

/** All user accounts. */
public interface UserAccounts {

    /**
     * Stores a new or changed account and publishes the events it recorded ({@link UserAccount#pullEvents()}) in the
     * same transaction. Fails when the account was changed by someone else since it was loaded (its version).
     */
    void save(UserAccount account);

    Optional<UserAccount> findById(UserId id);

    /**
     * Counts a failed login of the stored account by {@link UserAccount#recordFailedLogin}'s rule, atomically: logins
     * failing in parallel each count, none is lost and none fails for a concurrent change. Does not change the
     * account's version (it is no change an administrator could conflict with).
     */
    FailedLogin recordFailedLogin(UserId id, Instant at);

    /**
     * Clears the count of failed logins of the stored account after a successful login, atomically; false (and nothing
     * changed) when the account is locked at {@code at}, e.g. by logins that failed in parallel.
     */
    boolean recordSuccessfulLogin(UserId id, Instant at);

    Optional<UserAccount> findByUsername(Username username);

    /** One page of accounts ordered by username; {@code page} counts from 0. */
    List<UserAccount> findAll(int page, int size);

    boolean existsByUsername(Username username);

    /** How many accounts there are, enabled or not. */
    long count();
}
