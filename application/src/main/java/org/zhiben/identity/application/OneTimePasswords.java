package org.zhiben.identity.application;

import java.util.function.Consumer;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordPolicy;
import org.zhiben.identity.Username;
import org.zhiben.shared.InvalidValueException;

/** Draws a generated password (or secret) that meets the policy, drawing again the rare time one does not. */
final class OneTimePasswords {

    private static final int ATTEMPTS = 10;

    private OneTimePasswords() {
    }

    static String generateFor(PasswordGenerator generator, Username username) {
        return generate(generator, candidate -> PasswordPolicy.check(candidate, username));
    }

    static String generateFor(PasswordGenerator generator, ClientId clientId) {
        return generate(generator, candidate -> PasswordPolicy.check(candidate, clientId));
    }

    private static String generate(PasswordGenerator generator, Consumer<String> policy) {
        InvalidValueException lastRefusal = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = generator.generate();
            try {
                policy.accept(candidate);
                return candidate;
            } catch (InvalidValueException refused) {
                lastRefusal = refused;
            }
        }
        throw new IllegalStateException("the password generator keeps making passwords the policy refuses ("
                + lastRefusal.code() + ")");
    }
}
