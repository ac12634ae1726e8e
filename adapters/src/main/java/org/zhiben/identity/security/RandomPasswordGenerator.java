package org.zhiben.identity.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import org.zhiben.identity.PasswordGenerator;

/**
 * One-time passwords and client secrets: 20 characters drawn with {@link SecureRandom} from lower-case and upper-case
 * letters, digits and a few signs (without look-alikes such as 0/O and 1/l/I), with at least one of each class.
 */
@Component
class RandomPasswordGenerator implements PasswordGenerator {

    static final int LENGTH = 20;
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    /** No "+" or "%": a secret sent in HTTP Basic is form-decoded by the token endpoint (RFC 6749 2.3.1). */
    private static final String SIGNS = "-_.!@#*=";
    private static final String ALL = LOWER + UPPER + DIGITS + SIGNS;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String generate() {
        char[] password = new char[LENGTH];
        password[0] = pick(LOWER);
        password[1] = pick(UPPER);
        password[2] = pick(DIGITS);
        password[3] = pick(SIGNS);
        for (int i = 4; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
