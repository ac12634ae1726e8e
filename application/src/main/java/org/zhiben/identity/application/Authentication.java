package org.zhiben.identity.application;

import org.zhiben.identity.UserAccount;

/**
 * The outcome of a login attempt; {@code account} is given only when authenticated (then check
 * {@link UserAccount#mustChangePassword()} before letting the user do anything else).
 */
public record Authentication(Outcome outcome, UserAccount account) {

    public enum Outcome {
        AUTHENTICATED,
        /** Unknown username or wrong password — deliberately not told apart. */
        BAD_CREDENTIALS,
        /** Too many consecutive failures: locked for a while, the password was not even checked. */
        LOCKED,
        /** The password was right but the account is disabled. */
        DISABLED
    }

    public static Authentication failed(Outcome outcome) {
        return new Authentication(outcome, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.AUTHENTICATED;
    }
}
