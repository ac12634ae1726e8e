package org.zhiben.identity;

import java.util.regex.Pattern;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/** The name one logs in with: 3 to 40 characters of lower-case letters, digits, '.', '_' or '-'. */
public record Username(String value) implements Comparable<Username> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9._-]{3,40}");

    public Username {
        Require.notNull(value, "username");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("username", "identity.username.invalid",
                    "a username has 3 to 40 characters among a-z, 0-9, '.', '_' and '-'");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public int compareTo(Username other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
