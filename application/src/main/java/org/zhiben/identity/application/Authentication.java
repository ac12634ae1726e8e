package org.zhiben.identity.application;

import org.zhiben.identity.UserAccount;
import org.zhiben.identity.UserId;

/**
 * The outcome of a login attempt; {@code account} is given only when authenticated (then check
 * {@link UserAccount#mustChangePassword()} before letting the user do anything else). {@code userId} names the account
 * the attempt was for, also when it failed, and is null for an unknown or malformed username; {@code lockedNow} tells
 * that this very attempt was the failure that locked the account.
 */
public record Authentication(Outcome outcome, UserAccount account, UserId userId, boolean lockedNow) {

    public enum Outcome {
        AUTHENTICATED,
        /** Unknown username or wrong password — deliberately not told apart. */
        BAD_CREDENTIALS,
        /** Too many consecutive failures: locked for a while, the password was not even checked. */
        LOCKED,
        /** The password was right but the account is disabled. */
        DISABLED
    }

    /** An attempt with an unknown or malformed username. */
    public static Authentication failed(Outcome outcome) {
        return new Authentication(outcome, null, null, false);
    }

    /** A failed attempt at a known account. */
    public static Authentication failed(Outcome outcome, UserId userId, boolean lockedNow) {
        return new Authentication(outcome, null, userId, lockedNow);
    }

    public static Authentication authenticated(UserAccount account) {
        return new Authentication(Outcome.AUTHENTICATED, account, account.id(), false);
    }

    public boolean succeeded() {
        return outcome == Outcome.AUTHENTICATED;
    }
}
