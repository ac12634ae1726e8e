package org.zhiben.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * What a password must be: at least {@value #MINIMUM_LENGTH} characters and at most {@value #MAXIMUM_BYTES} bytes
 * of UTF-8 (72 letters or digits, 24 Chinese characters), drawn from at least
 * {@value #MINIMUM_CHARACTER_CLASSES} of the four classes lower-case letter, upper-case letter, digit and other
 * character, and not containing the username (in any letter case; for an API client's secret,
 * the client id). This is the only place the domain sees a raw
 * password; it is never stored, logged or put into a message.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MINIMUM_CHARACTER_CLASSES = 3;
    /** The most a password may hold, in bytes of UTF-8: what the password hash (bcrypt) takes into account. */
    public static final int MAXIMUM_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Refuses a password that does not meet the policy, saying which rule it breaks. */
    public static void check(String rawPassword, Username username) {
        check(rawPassword, Require.notNull(username, "username").value());
    }

    /** Refuses an API client's secret that does not meet the policy, with the client id in place of a username. */
    public static void check(String rawSecret, ClientId clientId) {
        check(rawSecret, Require.notNull(clientId, "clientId").value());
    }

    private static void check(String rawPassword, String name) {
        Require.notNull(rawPassword, "password");
        if (rawPassword.codePointCount(0, rawPassword.length()) < MINIMUM_LENGTH) {
            throw new InvalidValueException("password", "identity.password.too-short",
                    "a password has at least " + MINIMUM_LENGTH + " characters", MINIMUM_LENGTH);
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new InvalidValueException("password", "identity.password.too-long",
                    "a password has at most " + MAXIMUM_BYTES + " bytes of UTF-8", MAXIMUM_BYTES);
        }
        if (characterClasses(rawPassword) < MINIMUM_CHARACTER_CLASSES) {
            throw new InvalidValueException("password", "identity.password.too-few-character-classes",
                    "a password mixes at least " + MINIMUM_CHARACTER_CLASSES
                            + " of lower-case letters, upper-case letters, digits and other characters",
                    MINIMUM_CHARACTER_CLASSES);
        }
        if (rawPassword.toLowerCase(Locale.ROOT).contains(name)) {
            throw new InvalidValueException("password", "identity.password.contains-username",
                    "a password must not contain the username");
        }
    }

    private static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
            i += Character.charCount(c);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
