package org.zhiben.identity.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhiben.identity.PasswordHasher;

/**
 * Hashes passwords and client secrets with Spring Security's delegating encoder (bcrypt today, with the algorithm's
 * id stored in the hash, e.g. {@code {bcrypt}$2a$10$...}, so that the algorithm can be changed later).
 */
@Component
class EncoderPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    EncoderPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
