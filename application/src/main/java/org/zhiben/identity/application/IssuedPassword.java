package org.zhiben.identity.application;

import org.zhiben.identity.UserId;

/**
 * A one-time password issued for an account, to hand over once to its holder and never again: it is not stored
 * (only its hash is) and not shown by {@link #toString()}.
 */
public record IssuedPassword(UserId userId, String oneTimePassword) {

    @Override
    public String toString() {
        return "IssuedPassword[userId=" + userId + ", oneTimePassword=***]";
    }
}
