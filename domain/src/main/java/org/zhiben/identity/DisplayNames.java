package org.zhiben.identity;

import java.util.Optional;

/**
 * The name a person is shown by (their display name, e.g. 阿依古丽·买买提), for the account name they sign in with: people
 * are shown by name on every page, never by their account name.
 */
public interface DisplayNames {

    /** The display name of the account with this account name; empty when there is none. */
    Optional<String> of(String username);
}
