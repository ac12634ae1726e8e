package org.zhiben.identity;

/** What a failed login did to the account's lockout ({@link UserAccount#recordFailedLogin}). */
public enum FailedLogin {
    /** Counted; the account is not locked. */
    COUNTED,
    /** Counted as the failure that reached the limit: the account is locked from now on. */
    LOCKED,
    /** The account was already locked: not counted, the lock is not extended. */
    ALREADY_LOCKED
}
