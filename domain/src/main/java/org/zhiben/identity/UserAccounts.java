package org.zhiben.identity;

import java.util.List;
import java.util.Optional;

/** All user accounts. */
public interface UserAccounts {

    /**
     * Stores a new or changed account and publishes the events it recorded ({@link UserAccount#pullEvents()}) in the
     * same transaction. Fails when the account was changed by someone else since it was loaded (its version).
     */
    void save(UserAccount account);

    Optional<UserAccount> findById(UserId id);

    Optional<UserAccount> findByUsername(Username username);

    /** One page of accounts ordered by username; {@code page} counts from 0. */
    List<UserAccount> findAll(int page, int size);

    boolean existsByUsername(Username username);

    /** How many accounts there are, enabled or not. */
    long count();
}
